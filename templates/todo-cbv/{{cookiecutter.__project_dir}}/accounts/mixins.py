"""Access rules for class-based views, reusable by any app whose rows have an owner."""

# BEGIN SOLUTION
from django.contrib.auth.mixins import LoginRequiredMixin


class OwnerQuerysetMixin(LoginRequiredMixin):
    """Sign-in required, and only the user's own rows: anyone else's are "not found" (404).

    Filtering the queryset, instead of checking an object once it is fetched, covers
    every generic view at once: the list, and ``get_object()`` in detail, update and
    delete views.
    """

    owner_field = "owner"

    def get_queryset(self):
        return super().get_queryset().filter(**{self.owner_field: self.request.user})
# STUB

class OwnerQuerysetMixin:
    """Sign-in required, and only the user's own rows: anyone else's are "not found" (404)."""

    # TODO(E[owner-mixin]): require a signed-in user, and narrow get_queryset() to the rows they own.
# END SOLUTION
