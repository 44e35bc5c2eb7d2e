"""Class-based views for tasks: Django's generic views, configured rather than rewritten."""

# BEGIN SOLUTION
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.urls import reverse_lazy
from django.views import View
from django.views.generic import (
    ArchiveIndexView,
    CreateView,
    DeleteView,
    DetailView,
    ListView,
    MonthArchiveView,
    TemplateView,
    UpdateView,
)
from django.views.generic.detail import SingleObjectMixin

from accounts.mixins import OwnerQuerysetMixin
from config.redirects import redirect_to_next
from tasks.forms import TaskForm
# STUB
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views import View
from django.views.generic import TemplateView

from exercises.stubs import not_implemented
# END SOLUTION
from tasks.models import Task
from tasks.selectors import task_summary

# The home page shows the soonest few; the list has them all.
DUE_SOON = 10


class HomeView(TemplateView):
    """The front page: a welcome, or the signed-in user's counts and what is due soon."""

    template_name = "tasks/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if user.is_authenticated:
            context["summary"] = task_summary(user=user)
            context["due_soon"] = Task.objects.owned_by(user).due_within(days=7)[:DUE_SOON]
        return context
# BEGIN SOLUTION


class TaskListView(OwnerQuerysetMixin, ListView):
    """The user's tasks, open ones first, searched with ``?q=`` and ten to a page."""

    model = Task
    context_object_name = "tasks"
    paginate_by = 10

    def get_queryset(self):
        return super().get_queryset().search(self.request.GET.get("q", ""))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.request.GET.get("q", "")
        return context


class TaskDetailView(OwnerQuerysetMixin, DetailView):
    model = Task


class TaskCreateView(LoginRequiredMixin, SuccessMessageMixin, CreateView):
    model = Task
    form_class = TaskForm
    success_url = reverse_lazy("tasks:list")
    success_message = "Task “%(title)s” added."

    def form_valid(self, form):
        """The owner comes from the session, never from the submitted form."""
        form.instance.owner = self.request.user
        return super().form_valid(form)


class TaskUpdateView(OwnerQuerysetMixin, SuccessMessageMixin, UpdateView):
    """Edit a task, then show its page (``get_absolute_url``)."""

    model = Task
    form_class = TaskForm
    success_message = "Task “%(title)s” saved."


class TaskDeleteView(OwnerQuerysetMixin, SuccessMessageMixin, DeleteView):
    """A GET asks for confirmation; only the POST deletes."""

    model = Task
    success_url = reverse_lazy("tasks:list")

    def get_success_message(self, cleaned_data):
        return f"Task “{self.object.title}” deleted."


class TaskToggleView(OwnerQuerysetMixin, SingleObjectMixin, View):
    """Tick a task off, or reopen it. Only ``post`` is defined, so a GET answers 405."""

    model = Task

    def post(self, request, *args, **kwargs):
        task = self.get_object()
        task.done = not task.done
        task.save()
        return redirect_to_next(request, fallback="tasks:list")


class CompletedTaskArchiveView(OwnerQuerysetMixin, ArchiveIndexView):
    """The user's done tasks, latest first and twenty a page, and the months in which they
    did some."""

    model = Task
    date_field = "completed_at"
    date_list_period = "month"
    allow_empty = True
    paginate_by = 20


class CompletedTaskMonthView(OwnerQuerysetMixin, MonthArchiveView):
    """The tasks the user completed in one month (``/done/2024/6/``); a month with none is 404.

    Because empty months are 404, the links to the previous and next months skip them.
    """

    model = Task
    date_field = "completed_at"
    month_format = "%m"
    paginate_by = 20
# STUB


class NotImplementedView(LoginRequiredMixin, View):
    """Stands in for a page an exercise builds: "not implemented yet" (501), after a sign-in."""

    exercise = ""

    def get(self, request, *args, **kwargs):
        return not_implemented(request, self.exercise)

    post = get


class TaskListView(NotImplementedView):
    # TODO(E[list-detail]): a ListView of the user's own tasks, as `tasks` in tasks/task_list.html.
    # TODO(E[search-pages]): then narrow it with the search box's `q` and show ten tasks a page.
    exercise = "E[list-detail]"


class TaskDetailView(NotImplementedView):
    # TODO(E[list-detail]): a DetailView of one of the user's own tasks (tasks/task_detail.html).
    exercise = "E[list-detail]"


class TaskCreateView(NotImplementedView):
    # TODO(E[create-view]): a CreateView with TaskForm that saves the task as the signed-in user's.
    exercise = "E[create-view]"


class TaskUpdateView(NotImplementedView):
    # TODO(E[update-delete]): an UpdateView with TaskForm that returns to the task's page.
    exercise = "E[update-delete]"


class TaskDeleteView(NotImplementedView):
    # TODO(E[update-delete]): a DeleteView: confirm on GET, delete on POST, then back to the list.
    exercise = "E[update-delete]"


class TaskToggleView(NotImplementedView):
    # TODO(E[toggle]): flip `done` on POST (a GET is 405), then go to a safe `next` or the list.
    exercise = "E[toggle]"


class CompletedTaskArchiveView(NotImplementedView):
    # TODO(E[completed-archive]): the user's done tasks by completion time, latest first, twenty a
    # page, with the months that have some; an empty archive is a page, not a 404.
    exercise = "E[completed-archive]"


class CompletedTaskMonthView(NotImplementedView):
    # TODO(E[completed-archive]): the user's tasks completed in one month (the month as a number).
    exercise = "E[completed-archive]"
# END SOLUTION
