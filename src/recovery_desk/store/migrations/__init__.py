"""Alembic migration scripts, shipped inside the package (and as data in frozen builds)."""
