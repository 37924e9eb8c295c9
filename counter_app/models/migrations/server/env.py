"""Alembic environment of the server database."""

from counter_app.models.base import Side
from counter_app.models.migrations.env_common import run

run(Side.SERVER)
