"""Filter backends for the task API: each narrows the list from the request's query string."""

# BEGIN SOLUTION
from rest_framework.exceptions import ValidationError
# END SOLUTION
from rest_framework.filters import BaseFilterBackend
# BEGIN SOLUTION

CHOICES = {"true": True, "false": False}
# END SOLUTION


class DoneFilter(BaseFilterBackend):
    """``?done=true`` keeps the done tasks and ``?done=false`` the open ones.

    Left out or empty, it filters nothing; any other value is a 400 that says what to send.
    """

    def filter_queryset(self, request, queryset, view):
        # BEGIN SOLUTION
        value = request.query_params.get("done", "")
        if not value:
            return queryset
        if value not in CHOICES:
            raise ValidationError({"done": ["Use true or false."]})
        return queryset.filter(done=CHOICES[value])
        # STUB
        # TODO(E[api-filters]): narrow `queryset` to done (?done=true) or open (?done=false) tasks;
        # filter nothing without a value, and answer 400 to any other value.
        return queryset
        # END SOLUTION
    # BEGIN SOLUTION

    def get_schema_operation_parameters(self, view):
        """How the API's schema documents ``?done=``: the two values it takes."""
        return [
            {
                "name": "done",
                "in": "query",
                "required": False,
                "description": "true: only the done tasks; false: only the open ones.",
                "schema": {"type": "string", "enum": list(CHOICES)},
            }
        ]
    # STUB

    # TODO(E[api-filters]): document ?done= and its two values in the API's schema.
    # END SOLUTION
