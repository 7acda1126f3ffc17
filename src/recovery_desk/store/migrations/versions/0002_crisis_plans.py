"""Joint crisis plans: versions, sections and the distribution list.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 12:17:13.000266
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recovery_desk.store.types import UTCDateTime

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crisis_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('review_by', sa.Date(), nullable=True),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('agreed_at', UTCDateTime(), nullable=True),
    sa.Column('agreed_recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('person_took_part', sa.Boolean(), nullable=False),
    sa.Column('care_coordinator_id', sa.Integer(), nullable=True),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('supporters_involved', sa.Text(), nullable=False),
    sa.Column('not_agreed', sa.Text(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreed_recorded_by_id'], ['staff.id'], name=op.f('fk_crisis_plan_agreed_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['based_on_id'], ['crisis_plan.id'], name=op.f('fk_crisis_plan_based_on_id_crisis_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['care_coordinator_id'], ['staff.id'], name=op.f('fk_crisis_plan_care_coordinator_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_crisis_plan_created_by_id_staff')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_crisis_plan_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_plan')),
    sa.UniqueConstraint('person_id', 'version_no', name='uq_crisis_plan_person_version')
    )
    with op.batch_alter_table('crisis_plan', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_plan_person_status', ['person_id', 'status'], unique=False)

    op.create_table('crisis_plan_copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('supporter_id', sa.Integer(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['crisis_plan.id'], name=op.f('fk_crisis_plan_copy_plan_id_crisis_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supporter_id'], ['supporter.id'], name=op.f('fk_crisis_plan_copy_supporter_id_supporter'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_plan_copy'))
    )
    with op.batch_alter_table('crisis_plan_copy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crisis_plan_copy_plan_id'), ['plan_id'], unique=False)

    op.create_table('crisis_plan_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('section_key', sa.String(length=64), nullable=False),
    sa.Column('their_words', sa.Text(), nullable=False),
    sa.Column('staff_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['crisis_plan.id'], name=op.f('fk_crisis_plan_section_plan_id_crisis_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_plan_section')),
    sa.UniqueConstraint('plan_id', 'section_key', name='uq_crisis_plan_section_key')
    )
    with op.batch_alter_table('crisis_plan_section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crisis_plan_section_plan_id'), ['plan_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('crisis_plan_section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crisis_plan_section_plan_id'))

    op.drop_table('crisis_plan_section')
    with op.batch_alter_table('crisis_plan_copy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crisis_plan_copy_plan_id'))

    op.drop_table('crisis_plan_copy')
    with op.batch_alter_table('crisis_plan', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_plan_person_status')

    op.drop_table('crisis_plan')
