"""Showing exercises on the site's pages: the "not implemented yet" notice and statements."""

from django import template
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

from exercises.catalog import get_exercise

register = template.Library()


@register.inclusion_tag("exercises/not_implemented_notice.html")
def not_implemented(exercise_id):
    """``{% not_implemented "E03" %}``: a placeholder for part of a page an exercise builds."""
    return {"exercise": get_exercise(exercise_id, with_markers=False)}


def _with_code(paragraph):
    """One paragraph, escaped, with its `backticked` spans as <code>."""
    pieces = escape(paragraph).split("`")
    return mark_safe(
        "".join(f"<code>{piece}</code>" if odd else piece for odd, piece in _alternating(pieces))
    )


def _alternating(pieces):
    return ((index % 2 == 1, piece) for index, piece in enumerate(pieces))


@register.filter
def paragraphs(text):
    """A statement as HTML: its hard-wrapped lines joined into paragraphs, code as <code>."""
    found = [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]
    return format_html_join("\n", "<p>{}</p>", ((_with_code(block),) for block in found))
