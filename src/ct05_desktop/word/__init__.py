"""The Word report: the only package that imports python-docx."""
