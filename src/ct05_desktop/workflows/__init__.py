"""One function per user task, shared by the CLI and the window."""
