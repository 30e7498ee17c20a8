"""The window's program in the bundle (ct05-desktop)."""

from ct05_desktop.gui.app import main

raise SystemExit(main())
