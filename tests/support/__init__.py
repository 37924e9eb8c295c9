"""Test infrastructure: databases, real server processes, desks without a GUI."""
