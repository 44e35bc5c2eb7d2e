"""Liking, unliking and commenting, for the HTML views and the API alike."""

from django.contrib.auth.base_user import AbstractBaseUser

# BEGIN SOLUTION
from posts.models import Comment, Like, Post
# STUB
from posts.models import Comment, Post
# END SOLUTION


def like_create(*, user: AbstractBaseUser, post: Post) -> bool:
    """``user`` likes ``post``; liking again changes nothing. True when a like was added."""
    # BEGIN SOLUTION
    _, created = Like.objects.get_or_create(user=user, post=post)
    return created
    # STUB
    # TODO(E[likes-comments]): add the like unless it exists.
    raise NotImplementedError("E[likes-comments]: like_create")
    # END SOLUTION


def like_delete(*, user: AbstractBaseUser, post: Post) -> bool:
    """``user`` takes back their like, if any. True when there was a like to remove."""
    # BEGIN SOLUTION
    deleted, _ = Like.objects.filter(user=user, post=post).delete()
    return bool(deleted)
    # STUB
    # TODO(E[likes-comments]): remove the like if there is one.
    raise NotImplementedError("E[likes-comments]: like_delete")
    # END SOLUTION


def comment_create(*, author: AbstractBaseUser, post: Post, text: str) -> Comment:
    """``author`` comments ``text`` under ``post``; the text is checked already (CommentForm)."""
    # BEGIN SOLUTION
    return Comment.objects.create(author=author, post=post, text=text)
    # STUB
    # TODO(E[likes-comments]): save the comment.
    raise NotImplementedError("E[likes-comments]: comment_create")
    # END SOLUTION
