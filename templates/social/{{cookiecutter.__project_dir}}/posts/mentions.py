"""``@username`` in a post: found by one pattern, for the links and the notifications."""

import re

from django.core.exceptions import ValidationError

MAX_MENTIONS = 5
MENTION = re.compile(r"(?<![\w@])@(?P<username>\w(?:[\w.+-]*\w)?)")


def mentioned_usernames(text):
    """The usernames ``text`` mentions, each once, in order."""
    return list(dict.fromkeys(match["username"] for match in MENTION.finditer(text)))


def check_mention_limit(text):
    """Refuse text naming more than MAX_MENTIONS people: each mention notifies someone."""
    if len(mentioned_usernames(text)) > MAX_MENTIONS:
        raise ValidationError(f"Mention at most {MAX_MENTIONS} people in one post.")
