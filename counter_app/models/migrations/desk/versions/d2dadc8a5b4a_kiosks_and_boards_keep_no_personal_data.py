"""kiosks and boards keep no personal data

The server now sends kiosks and display boards appointments, callbacks, screen inquiries,
tickets and inquiries without a citizen's name, contact or notes; a kiosk or board that
pulled them before forgets them here. Other desks keep theirs.

Revision ID: d2dadc8a5b4a
Revises: 19ffc6f3abd4
Create Date: 2026-11-24 04:49:02.183845
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d2dadc8a5b4a"
down_revision: str | None = "19ffc6f3abd4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As counter_app.models.replicated.PERSONAL_FIELDS stood at this revision.
PERSONAL_FIELDS = {
    "appointment": ("citizen_name", "citizen_contact", "topic"),
    "callback": ("citizen_name", "citizen_contact", "question"),
    "screen_inquiry": ("first_name",),
    "ticket": ("note",),
    "inquiry": ("note",),
}
UNSTAFFED = (
    "EXISTS (SELECT 1 FROM desk_identity JOIN desk ON desk.id = desk_identity.desk_id"
    " WHERE desk.kind IN ('kiosk', 'display'))"
)


def upgrade() -> None:
    for table, fields in PERSONAL_FIELDS.items():
        blanks = ", ".join(f"{field} = ''" for field in fields)
        op.execute(f"UPDATE {table} SET {blanks} WHERE {UNSTAFFED}")


def downgrade() -> None:
    """Nothing to restore: the next snapshot brings what a desk of its kind may have."""
