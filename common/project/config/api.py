"""What every API of the project shares: its router, its error answers, and where it
describes itself.

DRF answers its own exceptions with a 4xx and a message; this handler does the same
for what a hostile or careless client can provoke beyond them: JSON nested so deep
that the parser recurses (``RecursionError``), a value Django's model fields refuse
(a forged pagination cursor, say: Django's ``ValidationError``), or one the database
refuses. Anything else stays a 500, because it is a bug to fix.

The schema says so too: ``document_error_answers`` adds these answers to every
operation that can give them, so that a client (or a fuzzer) can trust the schema
about errors as well as successes.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.routers import DefaultRouter
from rest_framework.views import exception_handler as drf_exception_handler

from config.middleware import refused_by_the_database


class ApiRouter(DefaultRouter):
    """DRF's router as every API here uses it: path() patterns, not regular expressions,
    so a viewset's ``lookup_value_converter`` (``"int"``, ``"slug"``) types the ids in its
    URLs for Django and the schema alike; and no ``.json`` twin of each route, which the
    schema would list as operations of their own: the API speaks JSON only."""

    include_format_suffixes = False

    def __init__(self, **options):
        super().__init__(use_regex_path=False, **options)


def exception_handler(exc, context):
    """DRF's handler, after turning the client's own errors into DRF's exceptions."""
    if isinstance(exc, RecursionError):
        exc = ParseError("The JSON is nested too deeply.")
    elif isinstance(exc, DjangoValidationError):
        exc = ValidationError({"detail": exc.messages})
    elif refused_by_the_database(exc):
        exc = ValidationError({"detail": ["A value in the request is out of range."]})
    return drf_exception_handler(exc, context)


# The API's own description: an OpenAPI 3 schema, and pages that read it (offline assets).
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-docs:schema"), name="docs"),
]
app_name = "api-docs"


ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "The errors, by field (or under detail, or non_field_errors).",
    "additionalProperties": True,
}
WRITES = {"post", "put", "patch"}


def _answer(description, schema):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def document_error_answers(result, generator, request, public):
    """drf-spectacular postprocessing hook: the error answers every operation can give."""
    for item in result.get("paths", {}).values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            answers = operation.setdefault("responses", {})
            invalid = _answer("Invalid input, or a value out of range", FIELD_ERRORS)
            answers.setdefault("400", invalid)
            if operation.get("security", [{}]) != [{}]:
                answers.setdefault("401", _answer("No credentials, or wrong ones", ERROR))
                answers.setdefault("403", _answer("Not allowed, or locked out", ERROR))
            parameters = operation.get("parameters", [])
            if any(parameter.get("in") == "path" for parameter in parameters):
                answers.setdefault("404", _answer("No such object for you", ERROR))
            if any(parameter.get("name") in {"page", "cursor"} for parameter in parameters):
                answers.setdefault("404", _answer("No such page", ERROR))
            if method in WRITES:
                answers.setdefault("415", _answer("A body the API cannot read", ERROR))
    return result
