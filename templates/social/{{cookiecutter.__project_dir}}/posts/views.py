"""Pages for posts: home, the feed, a person's page, writing, editing, liking and commenting."""

# BEGIN SOLUTION
from django.contrib import messages
# END SOLUTION
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
# BEGIN SOLUTION
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

# STUB
from django.shortcuts import get_object_or_404, render

from exercises.stubs import not_implemented
# END SOLUTION
from posts.forms import CommentForm, PostForm
from posts.models import Post
# BEGIN SOLUTION
from posts.selectors import post_feed
from posts.services import comment_create, like_create, like_delete
# END SOLUTION
from profiles.models import Follow
from profiles.selectors import user_followers, user_following, user_get, user_suggestions_cached

POSTS_PER_PAGE = 10
COMMENTS_PER_PAGE = 20


def home(request):
    """The front page: a welcome, or a box to post in and people to follow."""
    context = {}
    if request.user.is_authenticated:
        context = {"form": PostForm(), "suggestions": user_suggestions_cached(user=request.user)}
    return render(request, "posts/home.html", context)


@login_required
def feed(request):
    """Posts by the people you follow and your own, newest first, a page at a time."""
    # BEGIN SOLUTION
    posts = post_feed(user=request.user)
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "posts/feed.html", {"page_obj": page_obj})
    # STUB
    # TODO(E[feed]): render posts/feed.html with a `page_obj` of post_feed(user=request.user).
    return not_implemented(request, "E[feed]")
    # END SOLUTION


@login_required
def author_detail(request, username):
    """A person's page: who they are, their counts and their posts, newest first."""
    person = user_get(username=username)
    posts = Post.objects.filter(author=person).with_stats(request.user)
    posts = posts.order_by("-created_at", "-pk")
    context = {
        "person": person,
        "page_obj": Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page")),
        "follower_count": user_followers(user=person).count(),
        "following_count": user_following(user=person).count(),
        "is_following": Follow.objects.filter(follower=request.user, followed=person).exists(),
    }
    return render(request, "posts/author_detail.html", context)


def render_post(request, post, comment_form=None):
    """A post's page: the post, its comments (oldest first) and a box to comment in."""
    # BEGIN SOLUTION
    comments = post.comments.select_related("author__profile")
    comments = Paginator(comments, COMMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"post": post, "comments": comments, "page_obj": comments}
    # STUB
    # TODO(E[likes-comments]): COMMENTS_PER_PAGE comments a page (`page_obj`), authors joined.
    context = {"post": post, "comments": post.comments.all()}
    # END SOLUTION
    context["comment_form"] = comment_form or CommentForm()
    return render(request, "posts/post_detail.html", context)


@login_required
def post_detail(request, pk):
    post = get_object_or_404(Post.objects.with_stats(request.user), pk=pk)
    return render_post(request, post)


@login_required
def post_create(request):
    """Write a post: some text, and a picture if you like."""
    # BEGIN SOLUTION
    form = PostForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        post = form.save(commit=False)
        post.author = request.user
        post.save()
        messages.success(request, "Posted.")
        return redirect(post)
    return render(request, "posts/post_form.html", {"form": form})
    # STUB
    # TODO(E[write-post]): show PostForm; on a valid POST (picture included) save a post by this user.
    return not_implemented(request, "E[write-post]")
    # END SOLUTION


def get_own_post(request, pk):
    """The post ``pk`` if the signed-in user wrote it; 404 otherwise."""
    # BEGIN SOLUTION
    return get_object_or_404(Post, pk=pk, author=request.user)
    # STUB
    # TODO(E[author-only]): other people's posts must be "not found" (404) here.
    return get_object_or_404(Post, pk=pk)
    # END SOLUTION


@login_required
def post_edit(request, pk):
    # BEGIN SOLUTION
    post = get_own_post(request, pk)
    form = PostForm(request.POST or None, request.FILES or None, instance=post)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Post saved.")
        return redirect(post)
    return render(request, "posts/post_form.html", {"form": form, "post": post})
    # STUB
    # TODO(E[author-only]): edit your own post with PostForm, then go back to its page.
    get_own_post(request, pk)
    return not_implemented(request, "E[author-only]")
    # END SOLUTION


@login_required
def post_delete(request, pk):
    # BEGIN SOLUTION
    post = get_own_post(request, pk)
    if request.method == "POST":
        post.delete()
        messages.success(request, "Post deleted.")
        return redirect("posts:author", username=request.user.username)
    return render(request, "posts/post_confirm_delete.html", {"post": post})
    # STUB
    # TODO(E[author-only]): confirm on GET, delete your own post on POST.
    get_own_post(request, pk)
    return not_implemented(request, "E[author-only]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def like(request, pk):
    # BEGIN SOLUTION
    post = get_object_or_404(Post, pk=pk)
    like_create(user=request.user, post=post)
    return redirect(post)
    # STUB
    # TODO(E[likes-comments]): on POST only, like the post (liking twice counts once), then show it.
    return not_implemented(request, "E[likes-comments]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def unlike(request, pk):
    # BEGIN SOLUTION
    post = get_object_or_404(Post, pk=pk)
    like_delete(user=request.user, post=post)
    return redirect(post)
    # STUB
    # TODO(E[likes-comments]): on POST only, take back your like, then show the post.
    return not_implemented(request, "E[likes-comments]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def comment(request, pk):
    # BEGIN SOLUTION
    post = get_object_or_404(Post.objects.with_stats(request.user), pk=pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return render_post(request, post, comment_form=form)
    comment_create(author=request.user, post=post, text=form.cleaned_data["text"])
    messages.success(request, "Comment added.")
    return redirect(post)
    # STUB
    # TODO(E[likes-comments]): on POST only, add a CommentForm comment by this user under the post.
    return not_implemented(request, "E[likes-comments]")
    # END SOLUTION
