"""E[search-pages]: the task list is searched with a box and shown ten tasks a page."""

import html
import re
from urllib.parse import parse_qs

import pytest
from django.urls import reverse

from tasks.tests.shared.pages import TaskPagesTests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[search-pages]")]


def page_links(response):
    """The href of every link to another page of the list."""
    return re.findall(r'href="(\?[^"]*page=\d+[^"]*)"', response.content.decode())


def test_search_keeps_matching_tasks(logged_in_client, make_task):
    """?q= keeps the tasks with the words in their title or notes."""
    milk = make_task(title="Buy milk")
    bread = make_task(title="Bakery", notes="bread and MILK")
    make_task(title="Call mum")
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk"})
    assert set(response.context["tasks"]) == {milk, bread}


def test_search_never_reaches_other_users_tasks(logged_in_client, make_task, other_user):
    """The search narrows the user's own list, never the whole table."""
    mine = make_task(title="Buy milk")
    make_task(title="Buy milk for Bob", owner=other_user)
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk"})
    assert list(response.context["tasks"]) == [mine]


def test_search_box_shows_the_query(logged_in_client):
    """The page has a GET search box named q that holds the current query, also as `query`."""
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk & bread"})
    assert response.context["query"] == "milk & bread"
    page = response.content.decode()
    form = re.search(r'<form([^>]*)>(?:(?!</form>).)*?name="q"', page, re.S)
    assert form, "no form with a field named q"
    assert "post" not in form.group(1).lower()
    box = re.search(r'<input[^>]*name="q"[^>]*>', page).group(0)
    assert 'value="milk &amp; bread"' in box


def test_the_query_is_shown_as_text(logged_in_client):
    """What was typed in the box comes back escaped, never as HTML of the page."""
    response = logged_in_client.get(reverse("tasks:list"), {"q": '"><script>alert(1)</script>'})
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


class TestTaskPages(TaskPagesTests):
    """Ten tasks a page: the tests are in tasks/tests/shared/pages.py."""


def test_page_links_keep_the_query(logged_in_client, make_task):
    """The links to other pages of results are still a search for the same words."""
    for number in range(12):
        make_task(title=f"Buy milk & bread {number}")
    for number in range(3):
        make_task(title=f"Buy milk {number}")
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk & bread"})
    links = page_links(response)
    assert links
    next_page = logged_in_client.get(reverse("tasks:list") + html.unescape(links[-1]))
    assert next_page.context["query"] == "milk & bread"
    assert next_page.context["page_obj"].number == 2
    assert len(next_page.context["tasks"]) == 2
    for link in page_links(next_page):
        query = parse_qs(html.unescape(link).removeprefix("?"))
        assert (query["q"], len(query["page"])) == (["milk & bread"], 1)
