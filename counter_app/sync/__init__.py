"""The desk side of sync: local database, outbox push, change-feed pull, live channel."""
