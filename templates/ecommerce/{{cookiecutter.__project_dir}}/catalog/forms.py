"""The form shop managers use to add and edit products."""

from django import forms
# BEGIN SOLUTION
from django.core.files.uploadedfile import UploadedFile
# END SOLUTION

from catalog.models import Product

ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_IMAGE_BYTES = 2 * 1024 * 1024


class ProductForm(forms.ModelForm):
    class Meta:
        model = Product
        fields = [
            "name",
            "slug",
            "category",
            "tags",
            "description",
            "price",
            "stock",
            "is_active",
            "image",
        ]

    def clean_image(self):
        """Only JPEG, PNG or WebP images up to MAX_IMAGE_BYTES: the site serves them as is."""
        image = self.cleaned_data.get("image")
        # BEGIN SOLUTION
        if isinstance(image, UploadedFile):
            if image.size > MAX_IMAGE_BYTES:
                limit = MAX_IMAGE_BYTES / (1024 * 1024)
                raise forms.ValidationError(f"The image is too large: {limit:g} MB at most.")
            if image.image.format not in ALLOWED_IMAGE_FORMATS:
                raise forms.ValidationError("Upload a JPEG, PNG or WebP image.")
        # STUB
        # TODO(E[product-form]): refuse a new upload larger than MAX_IMAGE_BYTES or whose format (read
        # by Pillow, not the file name) is not in ALLOWED_IMAGE_FORMATS.
        # END SOLUTION
        return image
