"""What can go wrong when someone asks for the catalog's products."""


class NotEnoughStock(Exception):
    """More of a product was asked for than the shop has (the cart and the checkout say so)."""
