"""Small builders for test data: posts with a given age."""

from datetime import timedelta

from django.utils import timezone

from posts.models import Post


def make_post(author, text="Hello, network!", minutes_ago=0):
    """A post by ``author``, written ``minutes_ago`` minutes ago (so tests control the order)."""
    post = Post.objects.create(author=author, text=text)
    if minutes_ago:
        post.created_at = timezone.now() - timedelta(minutes=minutes_ago)
        Post.objects.filter(pk=post.pk).update(created_at=post.created_at)
    return post
