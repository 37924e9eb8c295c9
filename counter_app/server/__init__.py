"""The central server: FastAPI over SQLAlchemy, the authority every desk syncs with."""
