"""newslint's release number, in a module of its own so caches can key on it at import time."""

__version__ = "0.1.0"
