"""`python -m ct05_desktop` starts the window."""

from ct05_desktop.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
