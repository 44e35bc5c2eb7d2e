"""Signing in: Django's ModelBackend, with django-axes's lockout check in front of it.

django-axes locks an account, and separately an address, out for a while after a few
failed logins (settings.AXES_*). It usually sits as a second backend before
ModelBackend, but with two backends ``login(request, user)`` must be told which one
signed the user in. One backend doing both keeps ``login(request, user)`` as the
Django documentation writes it.
"""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend


class LockoutModelBackend(AxesStandaloneBackend, ModelBackend):
    """ModelBackend, refusing any attempt for an account or address that is locked out."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        # Raises when locked out (and django-axes records every failure by itself).
        AxesStandaloneBackend.authenticate(self, request, username, password, **kwargs)
        return ModelBackend.authenticate(self, request, username, password, **kwargs)
