"""`python -m ct05_desktop.cli`: the `ct05` command."""

from ct05_desktop.cli.command import main

raise SystemExit(main())
