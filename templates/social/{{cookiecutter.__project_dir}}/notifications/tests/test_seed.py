"""``manage.py seed``: a demo network to click around in, on a fresh project already."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from posts.models import Comment, Like, Post
from profiles.models import Follow

pytestmark = pytest.mark.django_db


def network_counts():
    models = [get_user_model(), Follow, Post, Like, Comment]
    return [model.objects.count() for model in models]


def test_seed_fills_a_network_and_can_run_twice():
    """`manage.py seed` makes people, follows, posts, likes and comments; rerunning adds nothing."""
    call_command("seed", stdout=StringIO())
    counts = network_counts()
    call_command("seed", stdout=StringIO())
    assert all(counts) and counts[0] >= 10
    assert network_counts() == counts
    assert get_user_model().objects.get(username="demo").profile.avatar
