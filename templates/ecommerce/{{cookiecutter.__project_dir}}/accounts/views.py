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
    """Open a customer account."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # BEGIN SOLUTION
        login(request, user)
        messages.success(request, f"Welcome! You are signed in as {user.email}.")
        return redirect_to_next(request, fallback="catalog:list")
        # STUB
        # TODO(E[email-signup]): sign the new customer in (their cart stays) and send them on to
        # the `next` URL when it is safe, or to the catalog.
        messages.success(request, f"Account {user.email} created: you can log in now.")
        return redirect("login")
        # END SOLUTION
    return render(request, "registration/signup.html", {"form": form})
