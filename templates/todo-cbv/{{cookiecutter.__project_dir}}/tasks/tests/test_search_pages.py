"""E[search-pages]: the task list is searched with a box and shown ten tasks a page."""

import re

import pytest
from django.urls import reverse

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


def test_search_box_shows_the_query(logged_in_client):
    """The page knows the query, to show it in the search box."""
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk"})
    assert response.context["query"] == "milk"
    assert 'name="q"' in response.content.decode()


def test_ten_tasks_a_page(logged_in_client, make_task):
    """Twelve tasks make two pages: ten, then two."""
    for number in range(12):
        make_task(title=f"Task {number}")
    first = logged_in_client.get(reverse("tasks:list"))
    assert len(first.context["tasks"]) == 10
    assert first.context["page_obj"].paginator.num_pages == 2
    second = logged_in_client.get(reverse("tasks:list"), {"page": 2})
    assert len(second.context["tasks"]) == 2


def test_page_links_keep_the_query(logged_in_client, make_task):
    """The link to the next page of results is still a search for the same words."""
    for number in range(12):
        make_task(title=f"Buy milk {number}")
    make_task(title="Call mum")
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk"})
    links = page_links(response)
    assert links
    assert all("q=milk" in link for link in links)
    next_page = logged_in_client.get(reverse("tasks:list") + links[-1].replace("&amp;", "&"))
    assert next_page.context["page_obj"].number == 2
    assert len(next_page.context["tasks"]) == 2
