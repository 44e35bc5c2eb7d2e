from rest_framework import permissions


class IsAuthorOrReadOnly(permissions.BasePermission):
    """Anyone signed in reads a post; only its author changes or deletes it."""

    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or obj.author == request.user
