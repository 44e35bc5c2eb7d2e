"""Sign-up, as a CreateView. Login and logout are Django's own views (``auth.urls``)."""

# BEGIN SOLUTION
from django.contrib.auth import login
# END SOLUTION
from django.contrib.auth.forms import UserCreationForm
from django.contrib.messages.views import SuccessMessageMixin
# BEGIN SOLUTION
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
# STUB
from django.urls import reverse_lazy
# END SOLUTION
from django.views.generic import CreateView


class SignUpView(SuccessMessageMixin, CreateView):
    """Create an account with Django's ``UserCreationForm``."""

    form_class = UserCreationForm
    template_name = "registration/signup.html"
    # BEGIN SOLUTION
    success_message = "Welcome, %(username)s! Your account is ready."

    def dispatch(self, request, *args, **kwargs):
        """Someone already signed in has no account to create: show them their tasks."""
        if request.user.is_authenticated:
            return redirect("tasks:list")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        login(self.request, self.object)
        return response

    def get_success_url(self):
        """The page named in ``next`` when it is on this site, else the task list."""
        request = self.request
        next_url = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        return next_url if safe else reverse("tasks:list")
    # STUB
    # TODO(E[signup-login]): sign the new user in and welcome them; send them to a safe `next` or their tasks;
    # send people who are already signed in straight to their tasks.
    success_message = "Account %(username)s created: you can log in now."
    success_url = reverse_lazy("login")
    # END SOLUTION
