"""The sign-up form: a username, a password and the email address orders are sent to."""

# BEGIN SOLUTION
from django import forms
# END SOLUTION
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignupForm(UserCreationForm):
    # BEGIN SOLUTION
    email = forms.EmailField(help_text="We send your order confirmations here.")

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email"]

    def clean_email(self):
        """One account per address, whatever its case: it is how we reach the customer."""
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this email address already exists.")
        return email
    # STUB
    # TODO(E[email-signup]): ask for an email address too: required, saved on the user, and refused
    # when another account already has it (in any letter case).
    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username"]
    # END SOLUTION
