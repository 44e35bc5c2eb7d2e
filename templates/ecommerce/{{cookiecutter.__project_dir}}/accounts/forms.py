"""Forms for the shop's users: customers' sign-up, and the admin's pages for any user."""

# BEGIN SOLUTION
from django import forms
# END SOLUTION
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm, UserCreationForm


class SignupForm(UserCreationForm):
    """An email address, which signs the customer in, and a password typed twice."""

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["email"]
        help_texts = {"email": "You sign in with it, and we send your order confirmations there."}

    # BEGIN SOLUTION
    def clean_email(self):
        """One account per address, whatever its case: it is how we reach the customer."""
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this email address already exists.")
        return email
    # STUB
    # TODO(E[email-signup]): refuse an address another account already has in any letter case,
    # with a message on the email field (the database only refuses the very same spelling).
    # END SOLUTION


class UserAdminCreationForm(AdminUserCreationForm):
    """The admin's "add user" form, for a user whose login is the email address."""

    class Meta(AdminUserCreationForm.Meta):
        model = get_user_model()
        fields = ["email"]


class UserAdminChangeForm(UserChangeForm):
    """The admin's user page, for a user whose login is the email address."""

    class Meta(UserChangeForm.Meta):
        model = get_user_model()
