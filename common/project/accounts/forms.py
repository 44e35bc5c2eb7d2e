"""Sign-up: Django's user creation form, for the project's own user model."""

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignupForm(UserCreationForm):
    """A username and a password typed twice, checked by the password validators."""

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
