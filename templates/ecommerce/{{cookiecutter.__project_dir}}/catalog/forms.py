"""The form shop managers use to add and edit products."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from catalog.models import Product, Tag


class TagNamesField(forms.CharField):
    """Tags typed by name, comma-separated ("Eco, Gift idea"), however many the shop has.

    A select of every tag grows with the catalog, and so does the time to draw it; a
    text box does not. A name finds its tag by slug, so "gift IDEA" is "Gift idea".
    Unknown names are refused: tags are made in the admin.
    """

    widget = forms.TextInput

    def prepare_value(self, value):
        """The product's tags (a list of ``Tag``) as the names the box shows."""
        if isinstance(value, list | tuple):
            return ", ".join(tag.name for tag in value)
        return value

    def clean(self, value):
        """The ``Tag`` objects named, each once, in the order typed."""
        typed = {}  # slug -> the name as typed, first time only
        for name in super().clean(value).split(","):
            if name.strip():
                typed.setdefault(slugify(name), name.strip())
        found = {tag.slug: tag for tag in Tag.objects.filter(slug__in=typed)}
        unknown = [name for slug, name in typed.items() if slug not in found]
        if unknown:
            raise ValidationError(f"No tag called: {', '.join(unknown)}.")
        return [found[slug] for slug in typed]


class ProductForm(forms.ModelForm):
    """Every field a manager edits; the image is checked by the model field's validator."""

    tags = TagNamesField(required=False, max_length=500, help_text="Separate tags with commas.")

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
