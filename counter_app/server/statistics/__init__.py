"""The managers' statistics, computed with SQL aggregation over the server's database (the
same queries on PostgreSQL and SQLite)."""
