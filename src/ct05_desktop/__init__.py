"""CT05 Desktop: yearly reporting on Directive 05-CT/TW for Party committee offices."""

__version__ = "0.1.0"
