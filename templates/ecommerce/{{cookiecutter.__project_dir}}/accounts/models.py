"""The shop's user: customers and staff sign in with their email address, not a username.

It is the common layer's ``accounts.User`` made to fit a shop: people remember their
address, the shop writes to it, and one account per address is the rule. Code reaches
it as ``get_user_model()``, and foreign keys as ``settings.AUTH_USER_MODEL``.
"""

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models


class UserManager(DjangoUserManager):
    """``create_user(email, password)`` and ``create_superuser(email, password)``: no username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("A user needs an email address: it is what they sign in with.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.password = make_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser has is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Someone who signs in to the shop with their email address."""

    username = None
    email = models.EmailField("email address", unique=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    # Asked by createsuperuser besides the email and the password: nothing more.
    REQUIRED_FIELDS = []
