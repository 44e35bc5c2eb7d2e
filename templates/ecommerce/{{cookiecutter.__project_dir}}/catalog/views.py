"""Catalog pages: the shop front, the product list and detail, and managers' product forms."""

# BEGIN SOLUTION
from django.contrib import messages
# END SOLUTION
from django.contrib.auth.decorators import login_required, permission_required
# BEGIN SOLUTION
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from catalog import selectors
from catalog.forms import ProductForm
# STUB
from django.shortcuts import get_object_or_404, render

from catalog import selectors
# END SOLUTION
from catalog.models import Product, Tag
# BEGIN SOLUTION
# STUB
from exercises.stubs import not_implemented
# END SOLUTION

PRODUCTS_PER_PAGE = 12


def home(request):
    """The shop front: the newest products in stock."""
    newest = (
        Product.objects.active()
        .in_stock()
        .select_related("category")
        .prefetch_related("tags")
        .order_by("-created_at")[:4]
    )
    return render(request, "catalog/home.html", {"newest": newest})


def product_list(request):
    """Products on sale, searched, filtered, ordered and paginated by the query string."""
    products = selectors.product_list(params=request.GET)
    context = {"tags": Tag.objects.all(), "orderings": selectors.ORDERINGS}
    # BEGIN SOLUTION
    page = Paginator(products, PRODUCTS_PER_PAGE).get_page(request.GET.get("page"))
    context |= {"page_obj": page, "products": page.object_list}
    # STUB
    # TODO(E[catalog-search]): show PRODUCTS_PER_PAGE products a page, with `page_obj` in the context.
    context |= {"products": products}
    # END SOLUTION
    return render(request, "catalog/product_list.html", context)


def product_detail(request, slug):
    """One product on sale; products taken off sale are not found."""
    product = get_object_or_404(
        Product.objects.active().select_related("category").prefetch_related("tags"), slug=slug
    )
    return render(request, "catalog/product_detail.html", {"product": product})


@login_required
@permission_required("catalog.add_product", raise_exception=True)
def product_create(request):
    """Shop managers add a product, image included."""
    # BEGIN SOLUTION
    form = ProductForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        product = form.save()
        messages.success(request, f"“{product}” added to the catalog.")
        return redirect("catalog:update", slug=product.slug)
    return render(request, "catalog/product_form.html", {"form": form})
    # STUB
    # TODO(E[product-form]): show an empty ProductForm; on a valid POST (files included) save the
    # product and go to its edit page; on errors show the form again.
    return not_implemented(request, "E[product-form]")
    # END SOLUTION


@login_required
@permission_required("catalog.change_product", raise_exception=True)
def product_update(request, slug):
    """Shop managers edit a product, on sale or not."""
    # BEGIN SOLUTION
    product = get_object_or_404(Product, slug=slug)
    form = ProductForm(request.POST or None, request.FILES or None, instance=product)
    if request.method == "POST" and form.is_valid():
        product = form.save()
        messages.success(request, f"“{product}” saved.")
        return redirect("catalog:update", slug=product.slug)
    return render(request, "catalog/product_form.html", {"form": form, "product": product})
    # STUB
    # TODO(E[product-form]): edit the product with ProductForm, the same way as product_create.
    get_object_or_404(Product, slug=slug)
    return not_implemented(request, "E[product-form]")
    # END SOLUTION
