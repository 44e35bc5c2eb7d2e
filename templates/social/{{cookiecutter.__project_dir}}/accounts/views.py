"""Sign-up. Login and logout are Django's own views (``django.contrib.auth.urls``)."""

from django.contrib import messages
# BEGIN SOLUTION
from django.contrib.auth import login
# END SOLUTION
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect, render
# BEGIN SOLUTION
from django.utils.http import url_has_allowed_host_and_scheme
# END SOLUTION


def signup(request):
    """Create an account with Django's ``UserCreationForm``."""
    if request.method == "POST":
        form = UserCreationForm(request.POST)
        if form.is_valid():
            user = form.save()
            # BEGIN SOLUTION
            login(request, user)
            messages.success(request, f"Welcome, {user.username}! Tell people who you are.")
            next_url = request.POST.get("next", "")
            safe = url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            )
            return redirect(next_url if safe else "profiles:edit")
            # STUB
            # TODO(E[signup-login]): sign the new user in, welcome them, and send them on to a safe `next`
            # (or to the page where they edit their profile).
            messages.success(request, f"Account {user.username} created: you can log in now.")
            return redirect("login")
            # END SOLUTION
    else:
        form = UserCreationForm()
    return render(request, "registration/signup.html", {"form": form})
