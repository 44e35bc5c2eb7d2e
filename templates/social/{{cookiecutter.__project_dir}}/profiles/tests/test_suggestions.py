"""Friends and suggestions (E[suggestions]), and caching the suggestions (E[cache-suggestions])."""

import time
from types import SimpleNamespace

import pytest
from django.core.cache.backends import locmem

from profiles.models import Follow
from profiles.selectors import user_friends, user_suggestions, user_suggestions_cached
from profiles.tests.factories import follow, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    """ann is friends with bea and cid; both follow dan, only cid follows eve."""
    ann, bea, cid, dan, eve = (make_user(name) for name in ["ann", "bea", "cid", "dan", "eve"])
    follow(ann, bea, cid)
    follow(bea, ann, dan)
    follow(cid, ann, dan, eve)
    return {"ann": ann, "bea": bea, "cid": cid, "dan": dan, "eve": eve}


@pytest.mark.exercise("E[suggestions]")
def test_friends_are_mutual_follows(network):
    """Only people who follow back are friends; a one-way follow is not."""
    follow(network["ann"], network["eve"])
    assert set(user_friends(user=network["ann"])) == {network["bea"], network["cid"]}


@pytest.mark.exercise("E[suggestions]")
def test_suggestions_rank_by_friends_in_common(network):
    """People followed by more of your friends come first, with the count."""
    suggestions = list(user_suggestions(user=network["ann"]))
    assert suggestions == [network["dan"], network["eve"]]
    assert [person.in_common for person in suggestions] == [2, 1]


@pytest.mark.exercise("E[suggestions]")
def test_in_common_counts_only_your_friends(network):
    """Followers of a suggested person who are not your friends do not count in `in_common`."""
    for name in ["fan1", "fan2", "fan3"]:
        follow(make_user(name), network["eve"])
    suggestions = list(user_suggestions(user=network["ann"]))
    assert [(person, person.in_common) for person in suggestions] == [
        (network["dan"], 2),
        (network["eve"], 1),
    ]


@pytest.mark.exercise("E[suggestions]")
def test_ties_are_ordered_by_username(network):
    """People with as many friends in common come in username order."""
    zoe, amy = make_user("zoe"), make_user("amy")
    follow(network["bea"], zoe, amy)
    assert list(user_suggestions(user=network["ann"])) == [network["dan"], amy, network["eve"], zoe]


@pytest.mark.exercise("E[suggestions]")
def test_suggestions_stop_at_the_limit(network):
    """`limit` caps the list, keeping the best."""
    assert list(user_suggestions(user=network["ann"], limit=1)) == [network["dan"]]


@pytest.mark.exercise("E[suggestions]")
def test_suggestions_leave_out_people_you_follow_and_yourself(network):
    """Nobody you already follow is suggested, and never yourself."""
    follow(network["ann"], network["dan"])
    follow(network["bea"], network["cid"])
    assert list(user_suggestions(user=network["ann"])) == [network["eve"]]


@pytest.mark.exercise("E[suggestions]")
def test_suggestions_take_one_query(network, django_assert_num_queries):
    """The whole ranking is one database query."""
    with django_assert_num_queries(1):
        assert len(list(user_suggestions(user=network["ann"]))) == 2


@pytest.mark.exercise("E[cache-suggestions]")
def test_suggestions_are_cached(network, django_assert_num_queries):
    """The second call answers from the cache, with no query."""
    first = user_suggestions_cached(user=network["ann"])
    with django_assert_num_queries(0):
        second = user_suggestions_cached(user=network["ann"])
    assert second == first == [network["dan"], network["eve"]]


@pytest.mark.exercise("E[cache-suggestions]")
def test_following_someone_forgets_your_cached_suggestions(network):
    """Once you follow a suggested person, they are no longer suggested."""
    assert network["dan"] in user_suggestions_cached(user=network["ann"])
    Follow.objects.create(follower=network["ann"], followed=network["dan"])
    assert user_suggestions_cached(user=network["ann"]) == [network["eve"]]


@pytest.mark.exercise("E[cache-suggestions]")
def test_unfollowing_forgets_your_cached_suggestions(network):
    """Unfollowing someone can bring them back into your suggestions at once."""
    Follow.objects.create(follower=network["ann"], followed=network["dan"])
    assert user_suggestions_cached(user=network["ann"]) == [network["eve"]]
    Follow.objects.filter(follower=network["ann"], followed=network["dan"]).delete()
    assert network["dan"] in user_suggestions_cached(user=network["ann"])


@pytest.mark.exercise("E[cache-suggestions]")
def test_each_person_has_their_own_cached_suggestions(network):
    """Suggestions are cached per person: one person's list is never served to another."""
    assert user_suggestions_cached(user=network["ann"]) == [network["dan"], network["eve"]]
    assert user_suggestions_cached(user=network["bea"]) == [network["cid"]]


@pytest.mark.exercise("E[cache-suggestions]")
def test_cached_suggestions_expire(network, monkeypatch):
    """The cache keeps suggestions for a while, not forever: a day later they are fresh again."""
    user_suggestions_cached(user=network["ann"])
    fay = make_user("fay")
    follow(network["bea"], fay)
    a_day_later = time.time() + 24 * 60 * 60
    monkeypatch.setattr(locmem, "time", SimpleNamespace(time=lambda: a_day_later))
    assert fay in user_suggestions_cached(user=network["ann"])
