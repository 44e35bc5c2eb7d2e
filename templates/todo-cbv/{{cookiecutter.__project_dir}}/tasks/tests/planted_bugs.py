"""Broken versions of ``TaskQuerySet.search`` that E[test-search]'s tests must catch.

Each breaks one rule of the real method and keeps the others (NUL characters left out included).
"""

import re

from django.db.models import Q

from exercises.grading import PlantedBug


def search_titles_only(self, query):
    queryset = self
    for word in query.replace("\x00", "").split():
        queryset = queryset.filter(title__icontains=word)
    return queryset


def search_any_word(self, query):
    words = query.replace("\x00", "").split()
    if not words:
        return self
    matches = Q()
    for word in words:
        matches |= Q(title__icontains=word) | Q(notes__icontains=word)
    return self.filter(matches)


def search_blank_finds_nothing(self, query):
    if not query.replace("\x00", "").strip():
        return self.none()
    queryset = self
    for word in query.replace("\x00", "").split():
        queryset = queryset.filter(Q(title__icontains=word) | Q(notes__icontains=word))
    return queryset


def search_from_the_start_only(self, query):
    queryset = self
    for word in query.replace("\x00", "").split():
        queryset = queryset.filter(Q(title__istartswith=word) | Q(notes__istartswith=word))
    return queryset


def search_case_sensitive(self, query):
    queryset = self
    for word in query.replace("\x00", "").split():
        pattern = re.escape(word)
        queryset = queryset.filter(Q(title__regex=pattern) | Q(notes__regex=pattern))
    return queryset


PLANTED_BUGS = [
    PlantedBug(
        "titles-only",
        "tasks.models:TaskQuerySet.search",
        "tasks.tests.planted_bugs:search_titles_only",
        "search() ignores the notes and looks in titles only.",
    ),
    PlantedBug(
        "any-word",
        "tasks.models:TaskQuerySet.search",
        "tasks.tests.planted_bugs:search_any_word",
        "search() keeps tasks that match any word instead of every word.",
    ),
    PlantedBug(
        "blank-finds-nothing",
        "tasks.models:TaskQuerySet.search",
        "tasks.tests.planted_bugs:search_blank_finds_nothing",
        "an empty or blank query finds no task instead of every task.",
    ),
    PlantedBug(
        "from-the-start-only",
        "tasks.models:TaskQuerySet.search",
        "tasks.tests.planted_bugs:search_from_the_start_only",
        "search() only finds words at the start of the title or notes.",
    ),
    PlantedBug(
        "case-sensitive",
        "tasks.models:TaskQuerySet.search",
        "tasks.tests.planted_bugs:search_case_sensitive",
        "search() only finds words typed in the same case.",
    ),
]
