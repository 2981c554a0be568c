"""The version of treatyscope (kept apart so that modules need not import the package itself)."""

__version__ = "0.1.0"
