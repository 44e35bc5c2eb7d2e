"""``{% avatar user %}``: a person's picture, wherever people are listed."""

from django import template
from django.templatetags.static import static

from profiles.models import DEFAULT_AVATAR

register = template.Library()


@register.inclusion_tag("profiles/_avatar.html")
def avatar(user, size=40):
    """Works for users whose profile is not made yet: the default picture and the username."""
    profile = getattr(user, "profile", None)
    return {
        "url": profile.avatar_url if profile else static(DEFAULT_AVATAR),
        "name": profile.name if profile else user.get_username(),
        "size": size,
    }
