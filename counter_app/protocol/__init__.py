"""The wire format shared by desk and server: mutations and sync messages."""
