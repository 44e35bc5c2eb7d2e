"""The second form of the sign-up page: the name people will see."""

from django import forms

from profiles.models import Profile


class DisplayNameForm(forms.ModelForm):
    """The profile's display name, asked for at sign-up (it may stay empty)."""

    class Meta:
        model = Profile
        fields = ["display_name"]
        help_texts = {"display_name": "How people see you; leave it empty to use your username."}
