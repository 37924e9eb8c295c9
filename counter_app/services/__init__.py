"""Use cases of a desk: what staff do, written once, used by every window."""
