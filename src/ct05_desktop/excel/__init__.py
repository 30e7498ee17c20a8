"""The only package that imports openpyxl: reports, templates, shared styles."""
