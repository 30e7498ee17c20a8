"""The only package that talks to SQLite."""
