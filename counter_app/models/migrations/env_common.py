"""What both sides' Alembic ``env.py`` run: online migrations on a given connection."""

from __future__ import annotations

from alembic import context

from counter_app.models.base import Side, metadata_for
from counter_app.models.migrate import render_item


def run(side: Side) -> None:
    """Run this side's migrations on the connection the caller put in the config."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "run migrations through counter_app.models.migrate, which passes a connection"
        )
    context.configure(
        connection=connection,
        target_metadata=metadata_for(side),
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
