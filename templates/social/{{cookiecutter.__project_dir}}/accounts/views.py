"""Sign-up, and signing the apps out. Login and logout are Django's own views."""

from django.contrib import messages
# BEGIN SOLUTION
from django.contrib.auth import login
# END SOLUTION
from django.contrib.auth.decorators import login_required
# BEGIN SOLUTION
from django.db import transaction
# END SOLUTION
from django.shortcuts import redirect, render
# BEGIN SOLUTION
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token
# END SOLUTION

from accounts.forms import SignupForm
# BEGIN SOLUTION
from config.redirects import redirect_to_next
from profiles.forms import DisplayNameForm
from profiles.services import profile_update
# STUB
from exercises.stubs import not_implemented
from profiles.forms import DisplayNameForm
# END SOLUTION


def signup(request):
    """Create an account and the name it shows: ``SignupForm`` and ``DisplayNameForm``."""
    form = SignupForm(request.POST or None)
    # BEGIN SOLUTION
    name_form = DisplayNameForm(request.POST or None)
    if request.method == "POST" and all([form.is_valid(), name_form.is_valid()]):
        with transaction.atomic():
            user = form.save()
            display_name = name_form.cleaned_data["display_name"]
            profile = profile_update(user=user, display_name=display_name)
        login(request, user)
        messages.success(request, f"Welcome, {profile.name}! Find people to follow below.")
        return redirect_to_next(request, fallback="home")
    # STUB
    # TODO(E[signup-login]): validate both forms together; save the account and its display name in
    # one transaction; sign the new person in, welcome them, and send them on to a safe `next`.
    name_form = DisplayNameForm()
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, f"Account {user.username} created: you can log in now.")
        return redirect("login")
    # END SOLUTION
    return render(request, "accounts/signup.html", {"form": form, "name_form": name_form})


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def revoke_token(request):
    """Sign every app out from the settings page: the user's API token is deleted."""
    # BEGIN SOLUTION
    Token.objects.filter(user=request.user).delete()
    messages.success(request, "Your apps are signed out: they will ask for your password again.")
    return redirect("profiles:edit")
    # STUB
    # TODO(E[token-auth]): on POST only, delete this user's API token, say so, back to the settings.
    return not_implemented(request, "E[token-auth]")
    # END SOLUTION
