"""``python -m scanner.store.migrations revision "message"``: the next migration from the tables.

Migrates a scratch SQLite database to the newest revision, compares it with
``scanner/store/tables.py`` and writes ``versions/NNNN_message.py`` with the difference. Review it:
autogenerate does not see renames, and data moves are written by hand.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from scanner.store import Store, alembic_config


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "revision":
        print(__doc__.strip(), file=sys.stderr)
        return 2
    message = argv[1]
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    rev_id = f"{int(head) + 1:04d}" if head and head.isdigit() else "0001"
    with (
        tempfile.TemporaryDirectory() as tmp,
        Store.open(f"sqlite:///{Path(tmp) / 'scratch.db'}") as store,
        store.transaction() as conn,
    ):
        cfg = alembic_config(conn)
        cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
    print(f"wrote revision {rev_id}: {re.sub(r'[^a-z0-9]+', '_', message.lower())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
