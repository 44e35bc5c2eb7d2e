"""Profile pages, the follow buttons and finding people."""

# BEGIN SOLUTION
from django.contrib import messages
# END SOLUTION
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
# BEGIN SOLUTION
from django.core.exceptions import ValidationError
# END SOLUTION
from django.core.paginator import Paginator
# BEGIN SOLUTION
from django.db.models import Q
# END SOLUTION
# BEGIN SOLUTION
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

# STUB
from django.shortcuts import get_object_or_404, render

from exercises.stubs import not_implemented
# END SOLUTION
from posts.models import Post
# BEGIN SOLUTION
from profiles.forms import ProfileForm
# END SOLUTION
from profiles.models import Follow, Profile
from profiles.selectors import followers_of, following_of, friends_of
# BEGIN SOLUTION
from profiles.services import follow_user, unfollow_user
# END SOLUTION

POSTS_PER_PAGE = 10
PEOPLE_PER_PAGE = 20


def get_person(username):
    """The user called ``username`` with their profile, or 404."""
    user = get_object_or_404(get_user_model(), username=username)
    Profile.objects.for_user(user)
    return user


@login_required
def profile_detail(request, username):
    """A person's page: who they are, their counts and their posts, newest first."""
    person = get_person(username)
    posts = Post.objects.filter(author=person).with_stats(request.user).order_by("-created", "-pk")
    context = {
        "person": person,
        "page": Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page")),
        "follower_count": followers_of(person).count(),
        "following_count": following_of(person).count(),
        "is_following": Follow.objects.filter(follower=request.user, followed=person).exists(),
    }
    return render(request, "profiles/profile_detail.html", context)


def render_people(request, title, people):
    """A paginated list of people, for the followers, following and friends pages."""
    people = people.select_related("profile").order_by("username")
    page = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "profiles/people_list.html", {"title": title, "page": page})


@login_required
def followers(request, username):
    person = get_person(username)
    return render_people(request, f"People who follow {person.profile.name}", followers_of(person))


@login_required
def following(request, username):
    person = get_person(username)
    return render_people(request, f"People {person.profile.name} follows", following_of(person))


@login_required
def friends(request):
    """The signed-in user's friends: people they follow who follow them back."""
    return render_people(request, "Your friends", friends_of(request.user))


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def follow(request, username):
    # BEGIN SOLUTION
    person = get_person(username)
    try:
        if follow_user(request.user, person):
            messages.success(request, f"You now follow {person.profile.name}.")
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("profiles:detail", username=person.username)
    # STUB
    # TODO(E[follow-views]): on POST only, follow this person (once), then go back to their page.
    get_person(username)
    return not_implemented(request, "E[follow-views]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def unfollow(request, username):
    # BEGIN SOLUTION
    person = get_person(username)
    if unfollow_user(request.user, person):
        messages.success(request, f"You no longer follow {person.profile.name}.")
    return redirect("profiles:detail", username=person.username)
    # STUB
    # TODO(E[follow-views]): on POST only, stop following this person, then go back to their page.
    get_person(username)
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
        return redirect(profile)
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
    page = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "profiles/search.html", {"query": query, "page": page})
    # STUB
    # TODO(E[people-search]): people whose username or display name contains `q`, paginated.
    return not_implemented(request, "E[people-search]")
    # END SOLUTION
