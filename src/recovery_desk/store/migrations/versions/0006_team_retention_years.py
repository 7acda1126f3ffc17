"""Team setting: years a discharged person's record is kept after the last contact.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 12:37:06.275622
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table re-creation) on both backends; existing teams get 20 years.
    op.add_column('team', sa.Column('retention_years', sa.Integer(), server_default='20', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_column('retention_years')
