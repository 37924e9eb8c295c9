"""Counter application for Danish library and citizen-service desks."""

__version__ = "0.1.0"
