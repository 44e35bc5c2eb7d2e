"""Values every page template can use."""

from django.conf import settings


def site(request):
    """The project's display name, for the title and the navigation bar.

    Named ``project_name``: Django's login view puts its own ``site_name`` (the
    request's host) into the context, which would win over ours.
    """
    return {"project_name": settings.SITE_NAME}
