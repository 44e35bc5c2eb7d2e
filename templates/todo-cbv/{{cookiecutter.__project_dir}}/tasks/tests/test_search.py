"""Tests for ``TaskQuerySet.search``, written by the learner (exercise E[test-search])."""

# BEGIN SOLUTION
import pytest

from tasks.models import Task

pytestmark = pytest.mark.django_db


def found(query):
    return set(Task.objects.search(query).values_list("title", flat=True))


@pytest.fixture(autouse=True)
def tasks(make_task):
    make_task(title="Buy milk", notes="semi-skimmed, two bottles")
    make_task(title="Call the bank", notes="about the new card")
    make_task(title="Bake bread", notes="buy flour first")


def test_case_does_not_matter():
    """A word typed in capitals finds it in lower case."""
    assert found("CALL") == {"Call the bank"}


def test_finds_a_word_in_the_notes():
    """Notes are searched as well as titles."""
    assert found("about") == {"Call the bank"}


def test_finds_part_of_a_word():
    """A word inside another word still matches."""
    assert found("ilk") == {"Buy milk"}


def test_every_word_must_match():
    """Several words narrow the search: no task has both "milk" and "card"."""
    assert found("milk card") == set()


def test_an_empty_query_keeps_every_task():
    """A search box left empty, or blank, filters nothing."""
    everything = {"Buy milk", "Call the bank", "Bake bread"}
    assert found("") == everything
    assert found("   ") == everything
# STUB
# TODO(E[test-search]): test TaskQuerySet.search() here: titles, notes, case, several words, blank queries.
# END SOLUTION
