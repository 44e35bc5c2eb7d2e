from django.contrib.auth import get_user_model
from rest_framework import serializers


class ProfileSerializer(serializers.ModelSerializer):
    """A person as the API shows them, with their follow counts."""

    display_name = serializers.CharField(source="profile.name", read_only=True)
    bio = serializers.CharField(source="profile.bio", read_only=True)
    avatar_url = serializers.CharField(source="profile.avatar_url", read_only=True)
    follower_count = serializers.IntegerField(read_only=True)
    following_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = get_user_model()
        fields = [
            "username",
            "display_name",
            "bio",
            "avatar_url",
            "follower_count",
            "following_count",
        ]
