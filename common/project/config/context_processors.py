"""Values every page template can use."""

from django.conf import settings


def site(request):
    """The site's display name, for the title and the navigation bar."""
    return {"site_name": settings.SITE_NAME}
