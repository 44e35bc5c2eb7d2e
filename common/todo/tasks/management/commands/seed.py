"""``python manage.py seed``: demo users and tasks, so the site looks alive in a browser.

Maya has more than a page of tasks, so lists, searches and pages have something to show.

Safe to run again: users are found by username and tasks by owner and title, so a
second run updates the same rows (due dates move with today) and adds none.

``seed --rows 500`` gives each demo user 500 generated tasks instead (open and done, due
this week and later), written in bulk: enough to see that a page costs as many queries,
and shows as many rows, with 500 tasks as with 5.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from tasks.models import Task

DEMO_PASSWORD = "practice-makes-progress"

# username, first name, last name, can use the admin
USERS = [
    ("maya", "Maya", "Okafor", True),
    ("sam", "Sam", "Lindqvist", False),
    ("priya", "Priya", "Raman", False),
]

# title, notes, due in days from today (None: no due date), done
TASKS = {
    "maya": [
        ("Renew passport", "Photos are in the top drawer.", -3, False),
        ("Book dentist appointment", "", 2, False),
        ("Send invoice to Hartley & Co", "Net 30, reference PO-1182.", 0, False),
        ("Water the plants", "", -1, True),
        ("Plan the team offsite", "Three venues to compare.", 21, False),
        ("Read 'Two Scoops of Django'", "", None, False),
        ("Buy milk", "Oat milk for the office fridge too.", 1, False),
        ("Bake bread for Sunday", "Buy flour first.", 4, False),
        ("Update the CV", "Add the class-based views project.", 9, False),
        ("Cancel the gym trial", "", -4, True),
        ("Fix the leaking tap", "Washer size 1/2 inch.", 3, False),
        ("Sort holiday photos", "", None, False),
    ],
    "sam": [
        ("Fix the bike's back brake", "", 5, False),
        ("Pay electricity bill", "", -6, True),
        ("Call grandma", "Her birthday is next week.", 6, False),
        ("Return library books", "", -2, False),
        ("Learn the Django ORM's F() expressions", "", None, False),
    ],
    "priya": [
        ("Submit expense report", "Receipts scanned already.", 1, False),
        ("Buy running shoes", "", 10, False),
        ("Prepare conference talk slides", "20 minutes on Django signals.", 14, False),
        ("Back up the laptop", "", -10, True),
        ("Cancel unused streaming plan", "", None, True),
    ],
}


class Command(BaseCommand):
    help = "Fill the database with demo users and their tasks (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rows",
            type=int,
            help="give each demo user this many generated tasks, in place of the usual ones",
        )

    def handle(self, *args, rows=None, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed creates users with a known password: run it on your own machine "
                "(DJANGO_DEBUG=true), never in production."
            )
        with transaction.atomic():
            users = [seed_user(*fields) for fields in USERS]
            if rows is None:
                tasks = [seed_task(user, *task) for user in users for task in TASKS[user.username]]
            else:
                tasks = [task for user in users for task in seed_many_tasks(user, rows)]
                # bulk_create() sends no signal, so no receiver forgets what the cache holds
                # about the old rows (counts, say): forget it all here.
                cache.clear()
        self.stdout.write(self.style.SUCCESS(f"Seeded {len(users)} users and {len(tasks)} tasks."))
        names = ", ".join(user.username for user in users)
        self.stdout.write(f"Sign in as {names} with the demo password: {DEMO_PASSWORD}")
        admins = ", ".join(user.username for user in users if user.is_staff)
        self.stdout.write(f"{admins} can also sign in to the admin at /admin/.")


def seed_user(username, first_name, last_name, admin):
    """The demo user ``username``, with the demo password, created or brought up to date."""
    user, _ = get_user_model().objects.update_or_create(
        username=username,
        defaults={
            "email": f"{username}@example.com",
            "first_name": first_name,
            "last_name": last_name,
            "is_staff": admin,
            "is_superuser": admin,
        },
    )
    # Checked first, so a second run leaves the password hash untouched.
    if not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


def seed_task(owner, title, notes, due_in_days, done):
    """One of ``owner``'s demo tasks, with its due date counted from today."""
    due_date = None if due_in_days is None else timezone.localdate() + timedelta(days=due_in_days)
    task, _ = Task.objects.update_or_create(
        owner=owner,
        title=title,
        defaults={"notes": notes, "due_date": due_date, "done": done},
    )
    return task


def seed_many_tasks(owner, rows):
    """``rows`` generated tasks of ``owner``, in place of their others: a third done, the
    open ones due over the coming week and beyond, so that every list shows some."""
    Task.objects.filter(owner=owner).delete()
    today, now = timezone.localdate(), timezone.now()
    tasks = []
    for number in range(rows):
        done = number % 3 == 0
        tasks.append(
            Task(
                owner=owner,
                title=f"Generated task {number + 1}",
                due_date=today + timedelta(days=number % 10),
                done=done,
                # bulk_create() sends no signal: the completion stamp is set here.
                completed_at=now - timedelta(days=number) if done else None,
            )
        )
    return Task.objects.bulk_create(tasks, batch_size=500)
