"""Sign-up, as a CreateView. Login and logout are Django's own views (``auth.urls``)."""

# BEGIN SOLUTION
from django.contrib.auth import login
# END SOLUTION
from django.contrib.messages.views import SuccessMessageMixin
# BEGIN SOLUTION
from django.shortcuts import redirect
from django.urls import reverse
# STUB
from django.urls import reverse_lazy
# END SOLUTION
from django.views.generic import CreateView

from accounts.forms import SignupForm
# BEGIN SOLUTION
from config.redirects import safe_next_url
# END SOLUTION


class SignUpView(SuccessMessageMixin, CreateView):
    """Create an account with the project's ``SignupForm``."""

    form_class = SignupForm
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
        next_url = self.request.POST.get("next")
        return safe_next_url(self.request, next_url) or reverse("tasks:list")
    # STUB
    # TODO(E[signup-login]): sign the new user in and welcome them; send them to a safe `next` or their tasks;
    # send people who are already signed in straight to their tasks.
    success_message = "Account %(username)s created: you can log in now."
    success_url = reverse_lazy("login")
    # END SOLUTION
