"""The notifications page and marking notifications as read."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

NOTIFICATIONS_PER_PAGE = 20


@login_required
def notification_list(request):
    notifications = request.user.notifications.select_related("actor__profile", "post")
    page_obj = Paginator(notifications, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/notification_list.html", {"page_obj": page_obj})


@login_required
@require_POST
def mark_all_read(request):
    marked = request.user.notifications.filter(read=False).update(read=True)
    if marked:
        plural = "s" if marked > 1 else ""
        messages.success(request, f"Marked {marked} notification{plural} as read.")
    return redirect("notifications:list")
