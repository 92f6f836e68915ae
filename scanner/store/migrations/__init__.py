"""Alembic migrations of the store, shipped in the wheel and run by ``Store.open``.

A new revision (issues 4 and 5 add tables): change ``scanner/store/tables.py``, then from the
repository root

    python -m scanner.store.migrations revision "add access requests"

writes ``versions/NNNN_*.py`` from the difference; review it by hand (SQLite needs
``op.batch_alter_table`` to alter a table). ``tests/store/test_store.py`` checks that the
migrated schema equals the metadata on SQLite and PostgreSQL.
"""
