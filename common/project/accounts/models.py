"""The project's own user model, from the first migration.

It is Django's user as it stands, but ours: changing the user model once a project
has data is one of the hardest migrations a team faces, so Django's documentation
recommends starting every project with one of its own. Adding a field later is then
an ordinary migration. Code reaches it as ``get_user_model()``, and foreign keys as
``settings.AUTH_USER_MODEL``, never by importing ``django.contrib.auth.models.User``.
"""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Someone who signs in to the site."""
