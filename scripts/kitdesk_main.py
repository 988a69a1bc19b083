"""Entry script for the PyInstaller build (build.spec)."""
import sys

from kitdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
