from django.contrib import admin

from posts.models import Comment, Post


class CommentInline(admin.TabularInline):
    model = Comment
    extra = 0
    raw_id_fields = ["author"]


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["author", "text", "created_at"]
    search_fields = ["text", "author__username"]
    list_select_related = ["author"]
    inlines = [CommentInline]
