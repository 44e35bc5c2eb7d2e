"""Forms for what people show of themselves: the name at sign-up, then the whole profile."""

from django import forms

from profiles.models import Profile

MAX_AVATAR_BYTES = 2 * 1024 * 1024


class DisplayNameForm(forms.ModelForm):
    """The profile's display name, asked for at sign-up (it may stay empty)."""

    class Meta:
        model = Profile
        fields = ["display_name"]
        help_texts = {"display_name": "How people see you; leave it empty to use your username."}


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio", "avatar"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    # BEGIN SOLUTION
    def clean_avatar(self):
        """Refuse pictures over the size limit: they fill the disk and slow every page."""
        avatar = self.cleaned_data["avatar"]
        if avatar and avatar.size > MAX_AVATAR_BYTES:
            limit = MAX_AVATAR_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"Choose a picture under {limit} MB.")
        return avatar
    # STUB
    # TODO(E[avatar]): refuse avatars larger than MAX_AVATAR_BYTES, with a message on the field.
    # END SOLUTION
