"""What the API says about posts, and what it accepts."""

# BEGIN SOLUTION
from django.contrib.auth import get_user_model
# END SOLUTION
from rest_framework import serializers

# BEGIN SOLUTION
from posts.mentions import check_mention_limit
# END SOLUTION
from posts.models import Post
# BEGIN SOLUTION


class AuthorSerializer(serializers.ModelSerializer):
    """The short card of a post's author: enough to show a name and a picture."""

    display_name = serializers.CharField(source="profile.name", read_only=True)
    avatar_url = serializers.CharField(source="profile.avatar_url", read_only=True)

    class Meta:
        model = get_user_model()
        fields = ["username", "display_name", "avatar_url"]
# END SOLUTION


class PostSerializer(serializers.ModelSerializer):
    # BEGIN SOLUTION
    """A post with its author's card and counts; clients write only the text and image."""

    author = AuthorSerializer(read_only=True)
    like_count = serializers.IntegerField(read_only=True)
    comment_count = serializers.IntegerField(read_only=True)
    liked = serializers.BooleanField(read_only=True)

    class Meta:
        model = Post
        fields = [
            "id",
            "author",
            "text",
            "image",
            "created_at",
            "updated_at",
            "like_count",
            "comment_count",
            "liked",
        ]

    def validate_text(self, text):
        check_mention_limit(text)
        return text
    # STUB
    # TODO(E[post-serializer]): nest the author's card (username, display_name, avatar_url), add the counts
    # and `liked`, all read-only, and refuse text that mentions too many people.

    class Meta:
        model = Post
        fields = ["id", "text", "created_at"]
    # END SOLUTION
