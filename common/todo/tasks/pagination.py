"""How the API pages the task list: a client reads a page at a time, never every row at once."""

from rest_framework.pagination import PageNumberPagination


class TaskPagination(PageNumberPagination):
    """Twenty tasks a page (``?page=2``), with the total ``count`` and the ``next`` and
    ``previous`` links; a page past the last is 404."""

    page_size = 20
