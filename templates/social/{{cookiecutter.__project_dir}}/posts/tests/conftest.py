import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def isolated_cache_and_media(settings, tmp_path):
    """Each test starts with an empty cache and keeps its uploads out of the project's media/."""
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
