"""Sign-up. Login and logout are Django's own views (``django.contrib.auth.urls``)."""

from django.contrib import messages
# BEGIN SOLUTION
from django.contrib.auth import login
from django.shortcuts import render
# STUB
from django.shortcuts import redirect, render
# END SOLUTION

from accounts.forms import SignupForm
# BEGIN SOLUTION
from config.redirects import redirect_to_next
# END SOLUTION


def signup(request):
    """Create an account with the project's ``SignupForm``."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # BEGIN SOLUTION
        login(request, user)
        messages.success(request, f"Welcome, {user.username}! Your account is ready.")
        return redirect_to_next(request, fallback="tasks:list")
        # STUB
        # TODO(E[signup-login]): sign the new user in, welcome them, send them on to a safe `next`.
        messages.success(request, f"Account {user.username} created: you can log in now.")
        return redirect("login")
        # END SOLUTION
    return render(request, "registration/signup.html", {"form": form})
