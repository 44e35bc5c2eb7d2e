"""Liking and unliking, for the HTML views and the API alike."""
# BEGIN SOLUTION

from posts.models import Like
# END SOLUTION


def like_post(user, post):
    """``user`` likes ``post``; liking again changes nothing. True when a like was added."""
    # BEGIN SOLUTION
    _, created = Like.objects.get_or_create(user=user, post=post)
    return created
    # STUB
    # TODO(E[likes-comments]): add the like unless it exists.
    raise NotImplementedError("E[likes-comments]: like_post")
    # END SOLUTION


def unlike_post(user, post):
    """``user`` takes back their like, if any. True when there was a like to remove."""
    # BEGIN SOLUTION
    deleted, _ = Like.objects.filter(user=user, post=post).delete()
    return bool(deleted)
    # STUB
    # TODO(E[likes-comments]): remove the like if there is one.
    raise NotImplementedError("E[likes-comments]: unlike_post")
    # END SOLUTION
