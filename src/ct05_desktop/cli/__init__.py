"""The `ct05` command: one module per group of commands, each with one handler per command
(`command.py` gathers them and holds the one path by which a fault is told). It never
imports Qt, so it runs without a display."""

from ct05_desktop.cli.command import main

__all__ = ["main"]
