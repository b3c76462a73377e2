"""PyInstaller entry point for the command (`coprod`): the same main as the installed script."""

import sys

from coprod_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
