"""Finding people, the lists of who follows whom, the follow buttons and editing your profile.

A person's own page shows their posts, so it belongs to the posts app (``posts:author``);
these pages send people back there by its URL name.
"""

# BEGIN SOLUTION
from django.contrib import messages
from django.contrib.auth import get_user_model
# END SOLUTION
from django.contrib.auth.decorators import login_required
# BEGIN SOLUTION
from django.core.exceptions import ValidationError
# END SOLUTION
from django.core.paginator import Paginator
# BEGIN SOLUTION
from django.db.models import Q
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

# STUB
from django.shortcuts import render

from exercises.stubs import not_implemented
# END SOLUTION
# BEGIN SOLUTION
from profiles.forms import ProfileForm
from profiles.models import Profile
# END SOLUTION
from profiles.selectors import user_followers, user_following, user_friends, user_get
# BEGIN SOLUTION
from profiles.services import follow_create, follow_delete
# END SOLUTION

PEOPLE_PER_PAGE = 20


def render_people(request, title, people):
    """A paginated list of people, for the followers, following and friends pages."""
    people = people.select_related("profile").order_by("username")
    page_obj = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "profiles/people_list.html", {"title": title, "page_obj": page_obj})


@login_required
def followers(request, username):
    person = user_get(username=username)
    title = f"People who follow {person.profile.name}"
    return render_people(request, title, user_followers(user=person))


@login_required
def following(request, username):
    person = user_get(username=username)
    title = f"People {person.profile.name} follows"
    return render_people(request, title, user_following(user=person))


@login_required
def friends(request):
    """The signed-in user's friends: people they follow who follow them back."""
    return render_people(request, "Your friends", user_friends(user=request.user))


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def follow(request, username):
    # BEGIN SOLUTION
    person = user_get(username=username)
    try:
        if follow_create(follower=request.user, followed=person):
            messages.success(request, f"You now follow {person.profile.name}.")
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("posts:author", username=person.username)
    # STUB
    # TODO(E[follow-views]): on POST only, follow this person (once), then go back to their page.
    user_get(username=username)
    return not_implemented(request, "E[follow-views]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def unfollow(request, username):
    # BEGIN SOLUTION
    person = user_get(username=username)
    if follow_delete(follower=request.user, followed=person):
        messages.success(request, f"You no longer follow {person.profile.name}.")
    return redirect("posts:author", username=person.username)
    # STUB
    # TODO(E[follow-views]): on POST only, stop following this person, then go back to their page.
    user_get(username=username)
    return not_implemented(request, "E[follow-views]")
    # END SOLUTION


@login_required
def profile_edit(request):
    """The signed-in user edits their display name, bio and avatar."""
    # BEGIN SOLUTION
    profile = Profile.objects.for_user(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("posts:author", username=request.user.username)
    return render(request, "profiles/profile_form.html", {"form": form})
    # STUB
    # TODO(E[avatar]): edit the profile with ProfileForm, uploaded avatar included.
    return not_implemented(request, "E[avatar]")
    # END SOLUTION


@login_required
def search(request):
    """Find people by username or display name, a page at a time."""
    # BEGIN SOLUTION
    query = request.GET.get("q", "").strip()
    people = get_user_model().objects.none()
    if query:
        people = get_user_model().objects.filter(
            Q(username__icontains=query) | Q(profile__display_name__icontains=query)
        )
    people = people.select_related("profile").order_by("username")
    page_obj = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "profiles/search.html", {"query": query, "page_obj": page_obj})
    # STUB
    # TODO(E[people-search]): people whose username or display name contains `q`, paginated.
    return not_implemented(request, "E[people-search]")
    # END SOLUTION
