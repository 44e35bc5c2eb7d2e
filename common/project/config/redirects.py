"""Where to send someone next: the page named in ``next``, if it is on this site.

Redirecting to whatever URL a form or a link says is an open redirect: a phishing
mail links to a real login page of this site with ``next=https://evil.example/``,
and the site itself sends the victim on. ``url_has_allowed_host_and_scheme`` refuses
other hosts, protocol-relative ``//host`` and backslash tricks, and plain http from
an https page. Every view that follows ``next`` goes through this one function.
"""

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, next_url):
    """``next_url`` when it points to this site (and keeps https), else None."""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return None


def redirect_to_next(request, *, fallback):
    """Redirect to the ``next`` field (POST) or parameter (GET) if it is safe, else ``fallback``.

    ``fallback`` is anything ``redirect()`` takes: a URL name, a URL or an object.
    """
    next_url = request.POST.get("next") or request.GET.get("next")
    return redirect(safe_next_url(request, next_url) or fallback)
