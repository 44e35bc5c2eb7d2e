"""``{{ post.text|mentions }}``: user text, escaped, with ``@username`` linked to profiles."""

from django import template
# BEGIN SOLUTION
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from posts.mentions import MENTION
# END SOLUTION

register = template.Library()


# BEGIN SOLUTION
@register.filter(needs_autoescape=True)
def mentions(text, autoescape=True):
    """Escape first, then link: whatever people type can never become markup."""
    escaped = conditional_escape(text) if autoescape else text

    def link(match):
        username = match["username"]
        url = reverse("posts:author", args=[username])
        return format_html('<a href="{}">@{}</a>', url, username)

    return mark_safe(MENTION.sub(link, escaped))
# STUB
@register.filter
def mentions(text):
    # TODO(E[mentions]): link each @username to its profile, keeping everything else escaped.
    return text
# END SOLUTION
