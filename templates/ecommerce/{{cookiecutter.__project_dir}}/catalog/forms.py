"""The form shop managers use to add and edit products."""

from django import forms

from catalog.models import Product


class ProductForm(forms.ModelForm):
    """Every field a manager edits; the image is checked by the model field's validator."""

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
