"""Storage: SQLAlchemy models, encrypted SQLite / PostgreSQL engines, keys, migrations, backups."""
