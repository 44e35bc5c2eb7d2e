"""``python manage.py seed``: a small, believable network to click around in.

It lives in notifications, the app at the top, because it may import every app below:
it mutes the notifications while it makes people, follows, posts, likes and comments.
It writes through the models rather than the services, so that it works on a fresh
project, before the exercises that write those services are done.

``seed --rows N`` fills a fresh database for measuring instead: the demo user and N
members, each a friend of the demo user, each with a post in the demo user's feed, a
like, a comment and a notification for the demo user, made with ``bulk_create`` so
that thousands of rows take seconds.
"""

import random
from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from notifications.models import Notification
from notifications.services import muted_notifications
from posts.models import Comment, Like, Post
from profiles.models import Follow, Profile

DEMO_USERNAME = "demo"
PASSWORD = "social-demo-2026"
PEOPLE = [
    ("demo", "Demo Learner", "Trying out the network I built."),
    ("ada", "Ada Lovelace", "Notes on engines, analytical and otherwise."),
    ("grace", "Grace Hopper", "It's easier to ask forgiveness than permission."),
    ("alan", "Alan Turing", "Long runs and longer proofs."),
    ("katherine", "Katherine Johnson", "Trajectories, checked twice."),
    ("linus", "Linus T.", "Patches welcome."),
    ("margaret", "Margaret Hamilton", "Software engineering, before it had a name."),
    ("tim", "Tim B-L", "This is for everyone."),
    ("barbara", "Barbara Liskov", "Substitutable since 1987."),
    ("dennis", "Dennis R.", "Hello, world."),
    ("radia", "Radia Perlman", "Spanning trees and poems."),
    ("guido", "Guido", "There should be one obvious way to do it."),
]
POSTS = [
    "Just shipped a feature on a Friday. Wish me luck.",
    "Reading about database indexes today. Everything is a B-tree if you squint.",
    "Coffee first, queries later.",
    "Who else writes the test before the bug fix? @grace does.",
    "Pair programming with @ada this afternoon: so many ideas.",
    "Found an N+1 query in production. select_related saves the day again.",
    "Sunday hike, no laptop. Mostly.",
    "Hot take: naming things is the hardest part. Cache invalidation is a close second.",
    "Thanks @alan for the code review, the feed is twice as fast now.",
    "Migrations applied, nothing broke. Suspicious.",
    "Teaching my cat about HTTP verbs. She only knows DELETE.",
    "Today I learned: CheckConstraint can stop bad data before any view sees it.",
]
COMMENTS = ["Nice!", "So true.", "Tell me more.", "Ha, same here.", "Congrats!", "Interesting."]
COLOURS = ["#0b6e4f", "#1f6feb", "#b54708", "#7a5af8", "#c11574", "#107569"]


def avatar_png(name, colour):
    """A square picture with the person's initials, drawn here: no downloads."""
    image = Image.new("RGB", (256, 256), colour)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=110)
    draw.text((128, 128), initials, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class Command(BaseCommand):
    help = "Fill the database with people, follows, posts, likes and comments (safe to rerun)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rows",
            type=int,
            help="On a fresh database: the demo user and this many members, posts, likes...",
        )

    def handle(self, *args, rows=None, **options):
        with transaction.atomic(), muted_notifications():
            if rows is None:
                people = [self.person(index, *entry) for index, entry in enumerate(PEOPLE)]
                self.follows(people)
                self.posts(people)
                self.reactions(people)
            else:
                people = [self.person(0, *PEOPLE[0]), *self.members(rows)]
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {len(people)} people, {Follow.objects.count()} follows, "
                f"{Post.objects.count()} posts, {Like.objects.count()} likes and "
                f"{Comment.objects.count()} comments."
            )
        )
        self.stdout.write(f"Log in as {DEMO_USERNAME!r} with password {PASSWORD!r}.")

    def person(self, index, username, name, bio):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.com"}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        profile = Profile.objects.for_user(user)
        if not profile.display_name:
            profile.display_name, profile.bio = name, bio
        if not profile.avatar:
            picture = avatar_png(name, COLOURS[index % len(COLOURS)])
            profile.avatar.save(f"{username}.png", ContentFile(picture), save=False)
        profile.save()
        return user

    # Each choice is seeded by what it is about, so a second run picks the same again.

    def follows(self, people):
        for person in people:
            rng = random.Random(f"follows:{person.username}")
            others = [other for other in people if other != person]
            for followed in rng.sample(others, k=rng.randint(3, 6)):
                Follow.objects.get_or_create(follower=person, followed=followed)

    def posts(self, people):
        for person in people:
            if not person.posts.exists():
                rng = random.Random(f"posts:{person.username}")
                for text in rng.sample(POSTS, k=3):
                    post = Post.objects.create(author=person, text=text)
                    posted = timezone.now() - timedelta(minutes=rng.randint(5, 60 * 24 * 14))
                    Post.objects.filter(pk=post.pk).update(created_at=posted)

    def reactions(self, people):
        for post in Post.objects.all():
            rng = random.Random(f"reactions:{post.pk}")
            for liker in rng.sample(people, k=rng.randint(0, 5)):
                Like.objects.get_or_create(user=liker, post=post)
            if not post.comments.exists():
                for author in rng.sample(people, k=rng.randint(0, 2)):
                    Comment.objects.create(author=author, post=post, text=rng.choice(COMMENTS))

    def members(self, rows):
        """``rows`` members, friends of the demo user, with a post, a like, a comment each."""
        demo = get_user_model().objects.get(username=DEMO_USERNAME)
        password = make_password(PASSWORD)
        members = get_user_model().objects.bulk_create(
            get_user_model()(username=f"member{index:05d}", password=password)
            for index in range(rows)
        )
        Profile.objects.bulk_create(
            Profile(user=member, display_name=f"Member {index}")
            for index, member in enumerate(members)
        )
        Follow.objects.bulk_create(
            [Follow(follower=demo, followed=member) for member in members]
            + [Follow(follower=member, followed=demo) for member in members]
        )
        posts = Post.objects.bulk_create(
            Post(author=member, text=POSTS[index % len(POSTS)])
            for index, member in enumerate(members)
        )
        Like.objects.bulk_create(
            Like(user=member, post=post) for member, post in zip(members, posts, strict=True)
        )
        Comment.objects.bulk_create(
            Comment(author=demo, post=post, text=COMMENTS[index % len(COMMENTS)])
            for index, post in enumerate(posts)
        )
        Notification.objects.bulk_create(
            Notification(recipient=demo, actor=member, verb=Notification.Verb.FOLLOW)
            for member in members
        )
        return members
