"""Measures a team brings: loaded definitions and completions recorded with a person.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 12:43:38.768703
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recovery_desk.store.types import UTCDateTime

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measure_definition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_key', sa.String(length=64), nullable=False),
    sa.Column('measure_version', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=2000), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('loaded_by_id', sa.Integer(), nullable=True),
    sa.Column('loaded_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['loaded_by_id'], ['staff.id'], name=op.f('fk_measure_definition_loaded_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_definition')),
    sa.UniqueConstraint('measure_key', 'measure_version', name='uq_measure_definition_key_version')
    )
    op.create_table('measure_completion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('measure_key', sa.String(length=64), nullable=False),
    sa.Column('measure_version', sa.String(length=32), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('total', sa.Float(), nullable=True),
    sa.Column('subscales', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_measure_completion_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_measure_completion_recorded_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_completion'))
    )
    with op.batch_alter_table('measure_completion', schema=None) as batch_op:
        batch_op.create_index('ix_measure_completion_person_measure', ['person_id', 'measure_key', 'completed_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('measure_completion', schema=None) as batch_op:
        batch_op.drop_index('ix_measure_completion_person_measure')

    op.drop_table('measure_completion')
    op.drop_table('measure_definition')
