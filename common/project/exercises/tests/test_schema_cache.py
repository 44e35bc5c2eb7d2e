"""The test database made once per set of migrations (exercises.schema_cache)."""

import sqlite3
from contextlib import closing

import pytest

from exercises import schema_cache


@pytest.fixture
def migration(tmp_path):
    path = tmp_path / "0001_initial.py"
    path.write_text("operations = []\n")
    return path


def test_a_changed_migration_gives_another_database(migration):
    before = schema_cache.digest_of({"tasks.0001_initial": migration}, "5.2")
    migration.write_text("operations = ['AddField']\n")
    assert schema_cache.digest_of({"tasks.0001_initial": migration}, "5.2") != before


def test_an_added_migration_or_another_django_gives_another_database(migration, tmp_path):
    one = {"tasks.0001_initial": migration}
    two = {**one, "tasks.0002_more": tmp_path / "0001_initial.py"}
    assert schema_cache.digest_of(two, "5.2") != schema_cache.digest_of(one, "5.2")
    assert schema_cache.digest_of(one, "5.1") != schema_cache.digest_of(one, "5.2")


def test_runs_work_on_copies_of_the_one_kept_database(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_cache, "CACHE_DIR", tmp_path / "kept")
    first = schema_cache.CachedTestDatabase("aaa")
    assert not first.cached and not first.path.exists()
    with closing(sqlite3.connect(first.path)) as made:
        made.execute("CREATE TABLE task (title TEXT)")
    first.keep()
    second = schema_cache.CachedTestDatabase("aaa")
    assert second.cached and second.path != first.path
    with closing(sqlite3.connect(second.path)) as copy, copy:
        copy.execute("INSERT INTO task VALUES ('on the copy only')")
    with closing(sqlite3.connect(first.kept)) as kept:
        assert kept.execute("SELECT count(*) FROM task").fetchone() == (0,)
    for database in (first, second):
        database.remove()
        assert not database.path.exists()


def test_a_new_set_of_migrations_replaces_the_kept_database(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_cache, "CACHE_DIR", tmp_path / "kept")
    for digest in ("old", "new"):
        database = schema_cache.CachedTestDatabase(digest)
        sqlite3.connect(database.path).close()
        database.keep()
        database.remove()
    assert [path.name for path in (tmp_path / "kept").iterdir()] == ["new.sqlite3"]
