"""What an unfinished exercise answers, so that the rest of the site keeps working."""

from django.shortcuts import render
from rest_framework import status
from rest_framework.response import Response

from exercises.catalog import get_exercise


def not_implemented(request, exercise_id):
    """A page that names the exercise that will build it (HTTP 501 Not Implemented)."""
    context = {"exercise": get_exercise(exercise_id, with_markers=False)}
    return render(request, "exercises/not_implemented.html", context, status=501)


def api_not_implemented(exercise_id):
    """The API's answer for an endpoint an exercise has still to build."""
    exercise = get_exercise(exercise_id, with_markers=False)
    detail = (
        f"Not implemented yet: {exercise.id} {exercise.title}. "
        f"Read it with: python manage.py exercises {exercise.id}"
    )
    return Response({"detail": detail}, status=status.HTTP_501_NOT_IMPLEMENTED)
