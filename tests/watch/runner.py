"""Run ``baomi`` with the watch commands, as a user would, for the daemon tests.

The installed console script is used once ``scanner.cli`` registers ``watch`` and ``status``;
until then this file is the entry point (the same root group: --config, --db, --rules).
"""

import sys

from scanner.cli import main, main_group
from scanner.watch_cli import status, watch

for command in (watch, status):
    if command.name not in main_group.commands:
        main_group.add_command(command)

if __name__ == "__main__":
    sys.exit(main())
