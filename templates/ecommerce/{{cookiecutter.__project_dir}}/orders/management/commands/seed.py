"""``python manage.py seed``: a believable shop to click around in. Safe to run twice.

It fills every app (users, the catalog, orders), so it lives in ``orders``, the app at
the top of the shop, the one that may import all the others. ``seed --rows N`` fills a
fresh database with N of everything instead (categories, tags, products, the demo
customer's orders), written in bulk, to see how the pages hold up with many rows.
"""

import io
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from PIL import Image, ImageDraw

from catalog.models import Category, Product, Tag
from orders.models import Order, OrderLine
from orders.roles import shop_managers_group

DEMO_PASSWORD = "shop-demo-password"
CUSTOMERS = ["demo@example.com", "ada@example.com", "grace@example.com", "linus@example.com"]
MANAGER = "manager@example.com"
TAGS = ["Gift idea", "Eco", "Handmade", "Bestseller", "New"]
CATALOG = {
    "Mugs": [("Blue enamel mug", "12.50"), ("Stoneware mug", "16.00"), ("Travel mug", "21.90")],
    "Notebooks": [
        ("Dotted notebook A5", "9.90"),
        ("Pocket notebook", "4.50"),
        ("Sketchbook", "14.00"),
    ],
    "Tea": [("Breakfast blend", "7.80"), ("Green sencha", "11.20"), ("Chamomile", "6.40")],
    "Bags": [("Canvas tote", "18.00"), ("Waxed backpack", "89.00"), ("Market net bag", "8.50")],
    "Stationery": [("Fountain pen", "34.00"), ("Brass ruler", "15.00"), ("Pencil set", "6.90")],
}
COLOURS = ["#0b6e4f", "#1f4e79", "#b54708", "#7a2e8e", "#b42318", "#2f6f73"]


def product_image(name, colour):
    """A small PNG with the product's initials: no download, no binary in the repository."""
    image = Image.new("RGB", (480, 360), colour)
    draw = ImageDraw.Draw(image)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    draw.text((240, 180), initials, fill="white", anchor="mm", font_size=120)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue())


class Command(BaseCommand):
    help = "Fill the database with a demo shop: products with images, customers, a manager, orders."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rows",
            type=int,
            help="instead of the demo shop, N of every row a list shows (on a fresh database)",
        )

    def handle(self, *args, rows=None, **options):
        randomness = random.Random(42)
        with transaction.atomic():
            customers = [self.user(email) for email in CUSTOMERS]
            manager = self.user(MANAGER, is_staff=True)
            manager.groups.add(shop_managers_group())
            if rows:
                # The demo customer manages the shop too, so every list is there to measure.
                customers[0].groups.add(shop_managers_group())
                self.seed_rows(rows, customers[0], randomness)
            else:
                products = self.seed_catalog(randomness)
                self.seed_orders(customers, products, randomness)
        self.stdout.write(self.style.SUCCESS(f"The shop has {Product.objects.count()} products."))
        self.stdout.write(
            f"Log in as customer {CUSTOMERS[0]} or manager {MANAGER}, password: {DEMO_PASSWORD}"
        )

    def seed_catalog(self, randomness):
        tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in TAGS
        ]
        products = []
        for number, (category_name, items) in enumerate(CATALOG.items()):
            category, _ = Category.objects.get_or_create(
                slug=slugify(category_name), defaults={"name": category_name}
            )
            for name, price in items:
                product, created = Product.objects.get_or_create(
                    slug=slugify(name),
                    defaults={
                        "name": name,
                        "category": category,
                        "price": Decimal(price),
                        "stock": randomness.choice([0, 2, 4, 12, 25, 40]),
                        "description": f"{name}: a favourite of our {category_name.lower()} shelf.",
                    },
                )
                if created:
                    product.tags.set(randomness.sample(tags, k=2))
                if not product.image:
                    product.image.save(f"{product.slug}.png", product_image(name, COLOURS[number]))
                products.append(product)
        return products

    def user(self, email, is_staff=False):
        user, created = get_user_model().objects.get_or_create(
            email=email, defaults={"is_staff": is_staff}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        return user

    def seed_orders(self, customers, products, randomness):
        """A few orders in every status; written directly, so the seed works before E[place-order]."""
        if Order.objects.exists():
            return
        for number in range(12):
            customer = customers[number % len(customers)]
            chosen = randomness.sample(products[:12], k=randomness.randint(1, 3))
            lines = [
                OrderLine(
                    product=product,
                    product_name=product.name,
                    unit_price=product.price,
                    quantity=randomness.randint(1, 3),
                )
                for product in chosen
            ]
            order = Order.objects.create(
                customer=customer,
                email=customer.email,
                status=Order.Status.values[number % len(Order.Status.values)],
                total=sum((line.subtotal for line in lines), Decimal("0.00")),
            )
            for line in lines:
                line.order = order
            OrderLine.objects.bulk_create(lines)

    def seed_rows(self, rows, customer, randomness):
        """``rows`` categories, tags, products and orders of ``customer``, in a few queries."""
        numbers = range(1, rows + 1)
        categories = Category.objects.bulk_create(
            Category(name=f"Category {number}", slug=f"category-{number}") for number in numbers
        )
        tags = Tag.objects.bulk_create(
            Tag(name=f"Tag {number}", slug=f"tag-{number}") for number in numbers
        )
        products = Product.objects.bulk_create(
            Product(
                category=category,
                name=f"Product {number}",
                slug=f"product-{number}",
                price=Decimal(randomness.randint(100, 9999)) / 100,
                stock=randomness.randint(1, 50),
            )
            for number, category in zip(numbers, categories, strict=True)
        )
        Product.tags.through.objects.bulk_create(
            Product.tags.through(product=product, tag=tag)
            for product, tag in zip(products, tags, strict=True)
        )
        statuses = Order.Status.values
        orders = Order.objects.bulk_create(
            Order(
                customer=customer,
                email=customer.email,
                status=statuses[number % len(statuses)],
                total=product.price,
            )
            for number, product in zip(numbers, products, strict=True)
        )
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                product=product,
                product_name=product.name,
                unit_price=product.price,
                quantity=1,
            )
            for order, product in zip(orders, products, strict=True)
        )
