"""E[product-form]: shop managers add and edit products, and uploads are checked."""

import os
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from catalog.models import Product
from catalog.tests.factories import make_category, make_product, make_product_manager, make_tag

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[product-form]")]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a temporary folder, never into the project's media/."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def manager_client(client):
    client.force_login(make_product_manager())
    return client


def image_bytes(image_format="PNG", noisy=False):
    size = (64, 48)
    if noisy:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, "teal")
    buffer = BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def upload(name="mug.png", **options):
    return SimpleUploadedFile(name, image_bytes(**options), content_type="image/png")


def product_data(**changes):
    return {
        "name": "Teal mug",
        "slug": "teal-mug",
        "category": make_category().pk,
        "description": "A mug the colour of the sea.",
        "price": "12.90",
        "stock": "5",
        "is_active": "on",
        **changes,
    }


def test_manager_adds_a_product_with_its_image(manager_client, media_root):
    """A valid form saves the product, its tags and its image, then redirects."""
    gift = make_tag()
    data = {**product_data(), "tags": gift.name, "image": upload("teal.png")}
    response = manager_client.post(reverse("catalog:create"), data)
    assert response.status_code == 302
    product = Product.objects.get(slug="teal-mug")
    assert product.price == Decimal("12.90")
    assert list(product.tags.all()) == [gift]
    assert (media_root / product.image.name).is_file()


def test_tags_are_typed_by_name_in_any_case(manager_client):
    """Typed as "gift IDEA, eco, Eco", the product gets the two tags, each once."""
    gift, eco = make_tag("Gift idea"), make_tag("Eco")
    data = product_data(tags="gift IDEA, eco, Eco")
    assert manager_client.post(reverse("catalog:create"), data).status_code == 302
    assert set(Product.objects.get(slug="teal-mug").tags.all()) == {gift, eco}


def test_an_unknown_tag_is_refused_by_name(manager_client):
    """A tag the shop does not have is an error that names it, and nothing is saved."""
    make_tag("Eco")
    response = manager_client.post(reverse("catalog:create"), product_data(tags="Eco, Vintage"))
    assert response.status_code == 200
    assert response.context["form"].errors["tags"] == ["No tag called: Vintage."]
    assert not Product.objects.exists()


def test_editing_shows_the_tags_by_name_and_can_clear_them(manager_client):
    """The edit form shows the product's tags as typed names; an empty box removes them."""
    product = make_product("Teal mug", tags=[make_tag("Eco"), make_tag("Gift idea")])
    url = reverse("catalog:update", args=[product.slug])
    assert manager_client.get(url).context["form"]["tags"].value() == "Eco, Gift idea"
    assert manager_client.post(url, product_data(slug=product.slug, tags="")).status_code == 302
    assert not Product.objects.get(pk=product.pk).tags.exists()


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_welcome(manager_client, image_format):
    """Each of the three formats is accepted."""
    image = SimpleUploadedFile(f"photo.{image_format.lower()}", image_bytes(image_format))
    response = manager_client.post(reverse("catalog:create"), {**product_data(), "image": image})
    assert response.status_code == 302
    assert Product.objects.get(slug="teal-mug").image


def test_invalid_form_comes_back_with_errors(manager_client):
    """Missing fields show the form again with its errors, and save nothing."""
    response = manager_client.post(reverse("catalog:create"), product_data(name="", price="x"))
    assert response.status_code == 200
    assert {"name", "price"} <= set(response.context["form"].errors)
    assert not Product.objects.exists()


def assert_refused(response):
    """The form came back with an error on the image, and no product was saved."""
    assert response.status_code == 200
    assert "image" in response.context["form"].errors
    assert not Product.objects.exists()


def test_an_image_in_a_format_not_allowed_is_refused(manager_client):
    """A BMP is refused even when its name says .png: the content decides."""
    bmp = SimpleUploadedFile("mug.png", image_bytes("BMP"), content_type="image/png")
    response = manager_client.post(reverse("catalog:create"), {**product_data(), "image": bmp})
    assert_refused(response)


def test_a_file_that_is_not_an_image_is_refused(manager_client):
    """Text that calls itself mug.png is not an image."""
    fake = SimpleUploadedFile("mug.png", b"<script>alert(1)</script>", content_type="image/png")
    response = manager_client.post(reverse("catalog:create"), {**product_data(), "image": fake})
    assert_refused(response)


def test_a_too_large_image_is_refused(manager_client, monkeypatch):
    """An image over the project's size limit (config/uploads.py) is refused."""
    monkeypatch.setattr("config.uploads.MAX_IMAGE_BYTES", 1000)
    response = manager_client.post(
        reverse("catalog:create"), {**product_data(), "image": upload(noisy=True)}
    )
    assert_refused(response)


def test_the_image_is_stored_under_a_name_the_server_chose(manager_client):
    """The name the browser sent never becomes a path on the server."""
    image = upload("../../evil name.png")
    response = manager_client.post(reverse("catalog:create"), {**product_data(), "image": image})
    assert response.status_code == 302
    name = Product.objects.get(slug="teal-mug").image.name
    assert name.startswith("products/") and name.endswith(".png")
    assert "evil" not in name and ".." not in name


def test_editing_keeps_the_image_when_no_new_one_is_sent(manager_client):
    """A manager changes the price; the product keeps its image."""
    product = make_product("Teal mug")
    product.image.save("teal.png", ContentFile(image_bytes()))
    url = reverse("catalog:update", args=[product.slug])
    assert manager_client.get(url).status_code == 200
    response = manager_client.post(url, product_data(slug=product.slug, price="15.00"))
    assert response.status_code == 302
    edited = Product.objects.get(pk=product.pk)
    assert edited.price == Decimal("15.00")
    assert edited.image.name == product.image.name


def test_editing_with_a_new_image_replaces_it(manager_client, media_root):
    """An edit that sends a new file saves it as the product's image."""
    product = make_product("Teal mug")
    product.image.save("old.png", ContentFile(image_bytes()))
    url = reverse("catalog:update", args=[product.slug])
    data = {**product_data(slug=product.slug), "image": upload("new.png", image_format="PNG")}
    response = manager_client.post(url, data)
    assert response.status_code == 302
    edited = Product.objects.get(pk=product.pk)
    assert edited.image.name != product.image.name
    assert (media_root / edited.image.name).is_file()


def test_an_invalid_edit_shows_its_errors(manager_client):
    """An edit with errors comes back with them, and leaves the product as it was."""
    product = make_product("Teal mug", price="9.00")
    url = reverse("catalog:update", args=[product.slug])
    response = manager_client.post(url, product_data(slug=product.slug, price="x"))
    assert response.status_code == 200
    assert "price" in response.context["form"].errors
    assert Product.objects.get(pk=product.pk).price == Decimal("9.00")
