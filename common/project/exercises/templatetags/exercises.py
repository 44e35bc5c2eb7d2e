"""``{% not_implemented "E03" %}``: a placeholder for part of a page an exercise builds."""

from django import template

from exercises.catalog import get_exercise

register = template.Library()


@register.inclusion_tag("exercises/not_implemented_notice.html")
def not_implemented(exercise_id):
    return {"exercise": get_exercise(exercise_id, with_markers=False)}
