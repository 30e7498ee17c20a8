"""The command line's program in the bundle (ct05)."""

from ct05_desktop.cli import main

raise SystemExit(main())
