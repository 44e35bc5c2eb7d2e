"""What people share: posts, the likes on them and the comments under them."""

from django.conf import settings
from django.db import models
# BEGIN SOLUTION
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
# END SOLUTION
from django.urls import reverse

from config.uploads import RandomName, validate_image


# BEGIN SOLUTION
def count_per_post(model):
    """How many ``model`` rows (likes, comments) the outer post has: one subquery per post.

    Two ``Count`` over two joins would pair every like with every comment before
    grouping: ``distinct=True`` mends the numbers, not the work.
    """
    rows = model.objects.filter(post=OuterRef("pk")).order_by().values("post")
    return Coalesce(Subquery(rows.annotate(count=Count("pk")).values("count")), 0)


# END SOLUTION
class PostQuerySet(models.QuerySet):
    def with_stats(self, viewer):
        """Each post with its author's profile, ``like_count``, ``comment_count`` and ``liked``.

        ``liked`` says whether ``viewer`` likes the post. The counts come from the
        database, so a page of posts costs the same number of queries at any length.
        Grouped queries drop the model's default ordering: order the result yourself.
        """
        # BEGIN SOLUTION
        liked_by_viewer = Like.objects.filter(post=OuterRef("pk"), user=viewer)
        return self.select_related("author__profile").annotate(
            like_count=count_per_post(Like),
            comment_count=count_per_post(Comment),
            liked=Exists(liked_by_viewer),
        )
        # STUB
        # TODO(E[feed]): annotate like_count, comment_count and liked (by viewer); join the author.
        return self.select_related("author__profile")
        # END SOLUTION


class Post(models.Model):
    MAX_LENGTH = 500

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="posts"
    )
    text = models.TextField(max_length=MAX_LENGTH)
    image = models.ImageField(
        upload_to=RandomName("posts"), validators=[validate_image], blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.author}: {self.text[:40]}"

    def get_absolute_url(self):
        return reverse("posts:detail", args=[self.pk])


class Like(models.Model):
    """``user`` likes ``post``: at most once, which the database enforces."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="likes"
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="likes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "post"], name="unique_like")]

    def __str__(self):
        return f"{self.user} likes post {self.post_id}"


class Comment(models.Model):
    MAX_LENGTH = 300

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments"
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    text = models.TextField(max_length=MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.author} on post {self.post_id}: {self.text[:40]}"
