"""Tests of the counter application, mirroring the package tree."""
