"""Images that people upload: checked once, for forms and the API alike, stored under new names.

An upload is untrusted twice over: its size can fill the disk, and its name and
content type are whatever the client says. So an image is accepted only when it is
at most ``MAX_IMAGE_BYTES``, when Pillow can decode it (the bytes are an image, not
a file that calls itself .png), and when its format is one of ``IMAGE_FORMATS``. It is
stored under a random name in a folder of the model's choosing: the name a client
sent is never a path on the server. Model fields take both, so a ``ModelForm`` and a
``ModelSerializer`` check the same rule.
"""

import uuid
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from PIL import Image, UnidentifiedImageError

MAX_IMAGE_BYTES = 2 * 1024 * 1024
# Pillow's name for each format, and the file extension it is stored with.
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def validate_image(file):
    """Refuse a file larger than MAX_IMAGE_BYTES, or one that is not an allowed image.

    A file the storage already holds (a saved model's field, validated again when the
    object is edited) was checked when it came in: it is not read back.
    """
    if getattr(file, "_committed", False):
        return
    if file.size > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // (1024 * 1024)
        raise ValidationError(f"The image is too large: at most {limit} MB.", code="too_large")
    allowed = ", ".join(sorted(IMAGE_FORMATS))
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with Image.open(file) as image:
            image.verify()  # reads the whole file: a truncated or forged one fails here
            image_format = image.format
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            f"This is not an image we accept ({allowed}).", code="not_an_image"
        ) from None
    finally:
        if hasattr(file, "seek"):
            file.seek(position)
    if image_format not in IMAGE_FORMATS:
        raise ValidationError(f"{image_format} images are not accepted: {allowed}.", code="format")


@deconstructible
class RandomName:
    """``upload_to`` for an image field: ``<folder>/<random hex>.<extension>``."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = PurePath(filename).suffix.lower().lstrip(".")
        extension = {"jpeg": "jpg"}.get(extension, extension)
        if extension not in IMAGE_FORMATS.values():
            extension = "img"
        return f"{self.folder}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder
