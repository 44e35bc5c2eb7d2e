"""The site works before any exercise is done: pages load or say "not implemented yet"."""

from tasks.tests.shared.pages import SitePagesTests


class TestSitePages(SitePagesTests):
    """The pages both to-do apps have: their tests are in tasks/tests/shared/pages.py."""
