from django.contrib import admin

from catalog.models import Category, Product, Tag


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ProductTagInline(admin.TabularInline):
    model = Product.tags.through
    extra = 1
    verbose_name = "tag"
    autocomplete_fields = ["tag"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "price", "stock", "is_active"]
    list_editable = ["price", "stock", "is_active"]
    list_filter = ["is_active", "category", "tags"]
    list_select_related = ["category"]
    search_fields = ["name", "description", "tags__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["category"]
    exclude = ["tags"]
    inlines = [ProductTagInline]
