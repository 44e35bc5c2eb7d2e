"""Sign-up. Login and logout are Django's own views (``django.contrib.auth.urls``)."""

from django.contrib import messages
# BEGIN SOLUTION
from django.contrib.auth import login
# END SOLUTION
from django.shortcuts import redirect, render
# BEGIN SOLUTION
from django.utils.http import url_has_allowed_host_and_scheme
# END SOLUTION

from accounts.forms import SignupForm


def signup(request):
    """Open a customer account."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # BEGIN SOLUTION
        login(request, user)
        messages.success(request, f"Welcome, {user.username}! Your account is ready.")
        next_url = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        return redirect(next_url if safe else "catalog:list")
        # STUB
        # TODO(E[email-signup]): sign the new customer in (their cart stays) and send them on to a safe
        # `next` URL, or to the catalog.
        messages.success(request, f"Account {user.username} created: you can log in now.")
        return redirect("login")
        # END SOLUTION
    return render(request, "registration/signup.html", {"form": form})
