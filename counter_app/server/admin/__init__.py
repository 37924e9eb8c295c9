"""counter-admin: what municipal IT and managers do on the central server's database."""
