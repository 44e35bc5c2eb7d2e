"""Forms for what people show of themselves: the name at sign-up, then the whole profile."""

from django import forms

from profiles.models import Profile


class DisplayNameForm(forms.ModelForm):
    """The profile's display name, asked for at sign-up (it may stay empty)."""

    class Meta:
        model = Profile
        fields = ["display_name"]
        help_texts = {"display_name": "How people see you; leave it empty to use your username."}


class ProfileForm(forms.ModelForm):
    """The whole profile; the avatar is checked by its model field (config.uploads)."""

    class Meta:
        model = Profile
        fields = ["display_name", "bio", "avatar"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}
