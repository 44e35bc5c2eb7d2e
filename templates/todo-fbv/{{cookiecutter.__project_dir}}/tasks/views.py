"""Function-based views for tasks: each one reads the request and returns a response."""

# BEGIN SOLUTION
from django.contrib import messages
# END SOLUTION
from django.contrib.auth.decorators import login_required
# BEGIN SOLUTION
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from config.redirects import redirect_to_next
from tasks.forms import TaskForm
# STUB
from django.shortcuts import get_object_or_404, render

from exercises.stubs import not_implemented
# END SOLUTION
from tasks.models import Task

# The home page shows the soonest few; the list has them all.
DUE_SOON = 10


def home(request):
    """The front page: a welcome, or a summary of the signed-in user's tasks."""
    context = {}
    if request.user.is_authenticated:
        tasks = Task.objects.owned_by(request.user)
        context = {"summary": tasks.summary(), "due_soon": tasks.due_within(days=7)[:DUE_SOON]}
    return render(request, "tasks/home.html", context)


def get_own_task(request, pk):
    """The task ``pk`` if it belongs to the signed-in user; 404 otherwise."""
    # BEGIN SOLUTION
    return get_object_or_404(Task, pk=pk, owner=request.user)
    # STUB
    # TODO(E[ownership]): other people's tasks must be "not found" (404), not shown or changed.
    return get_object_or_404(Task, pk=pk)
    # END SOLUTION


@login_required
def task_list(request):
    # BEGIN SOLUTION
    tasks = Task.objects.owned_by(request.user)
    page_obj = Paginator(tasks, 10).get_page(request.GET.get("page"))
    context = {"tasks": page_obj.object_list, "page_obj": page_obj}
    return render(request, "tasks/task_list.html", context)
    # STUB
    # TODO(E[task-list]): list the signed-in user's tasks (and only theirs) with tasks/task_list.html,
    # ten a page.
    return not_implemented(request, "E[task-list]")
    # END SOLUTION


@login_required
def task_create(request):
    # BEGIN SOLUTION
    form = TaskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        task = form.save(commit=False)
        task.owner = request.user
        task.save()
        messages.success(request, f"Task “{task.title}” added.")
        return redirect("tasks:list")
    return render(request, "tasks/task_form.html", {"form": form})
    # STUB
    # TODO(E[create-form]): show an empty TaskForm; on a valid POST save the task for this user.
    return not_implemented(request, "E[create-form]")
    # END SOLUTION


@login_required
def task_detail(request, pk):
    # BEGIN SOLUTION
    task = get_own_task(request, pk)
    return render(request, "tasks/task_detail.html", {"task": task})
    # STUB
    # TODO(E[detail-page]): render tasks/task_detail.html for this task.
    get_own_task(request, pk)
    return not_implemented(request, "E[detail-page]")
    # END SOLUTION


@login_required
def task_update(request, pk):
    # BEGIN SOLUTION
    task = get_own_task(request, pk)
    form = TaskForm(request.POST or None, instance=task)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Task “{task.title}” saved.")
        return redirect(task)
    return render(request, "tasks/task_form.html", {"form": form, "task": task})
    # STUB
    # TODO(E[edit-delete]): edit the task with TaskForm, then go back to its page.
    get_own_task(request, pk)
    return not_implemented(request, "E[edit-delete]")
    # END SOLUTION


@login_required
def task_delete(request, pk):
    # BEGIN SOLUTION
    task = get_own_task(request, pk)
    if request.method == "POST":
        task.delete()
        messages.success(request, f"Task “{task.title}” deleted.")
        return redirect("tasks:list")
    return render(request, "tasks/task_confirm_delete.html", {"task": task})
    # STUB
    # TODO(E[edit-delete]): ask for confirmation on GET, delete on POST, then go back to the list.
    get_own_task(request, pk)
    return not_implemented(request, "E[edit-delete]")
    # END SOLUTION


@login_required
# BEGIN SOLUTION
@require_POST
# END SOLUTION
def task_toggle(request, pk):
    # BEGIN SOLUTION
    task = get_own_task(request, pk)
    task.done = not task.done
    task.save()
    return redirect_to_next(request, fallback="tasks:list")
    # STUB
    # TODO(E[toggle]): flip `done` on POST only (GET is 405), then return to `next` or the list.
    get_own_task(request, pk)
    return not_implemented(request, "E[toggle]")
    # END SOLUTION
