"""Who may do what through the API."""

from rest_framework.permissions import BasePermission


class IsOwner(BasePermission):
    """Only a task's owner may read or change it.

    The task viewset already limits its queryset to the user's tasks; this object-level
    check keeps the rule true in any view that forgets to, or that fetches objects
    another way.
    """

    def has_object_permission(self, request, view, obj):
        # BEGIN SOLUTION
        return obj.owner_id == request.user.pk
        # STUB
        # TODO(E[viewset]): allow only the object's owner.
        return True
        # END SOLUTION
