"""Strengths-based assessments, check-ins and life timelines.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 12:33:52.514102
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recovery_desk.store.types import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('template_version', sa.String(length=32), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('completed_at', UTCDateTime(), nullable=True),
    sa.Column('completed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['based_on_id'], ['assessment.id'], name=op.f('fk_assessment_based_on_id_assessment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['completed_by_id'], ['staff.id'], name=op.f('fk_assessment_completed_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_assessment_created_by_id_staff')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_assessment_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('person_id', 'version_no', name='uq_assessment_person_version')
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index('ix_assessment_person_status', ['person_id', 'status'], unique=False)

    op.create_table('timeline_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('precision', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('their_words', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_timeline_event_created_by_id_staff')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_timeline_event_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline_event'))
    )
    with op.batch_alter_table('timeline_event', schema=None) as batch_op:
        batch_op.create_index('ix_timeline_event_person_date', ['person_id', 'happened_on'], unique=False)

    op.create_table('assessment_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=128), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('their_words', sa.Text(), nullable=False),
    sa.Column('staff_notes', sa.Text(), nullable=False),
    sa.Column('not_discussed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_assessment_answer_assessment_id_assessment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_answer')),
    sa.UniqueConstraint('assessment_id', 'item_key', name='uq_assessment_answer_key')
    )
    with op.batch_alter_table('assessment_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_answer_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('assessment_indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_assessment_indicator_assessment_id_assessment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_indicator')),
    sa.UniqueConstraint('assessment_id', 'key', name='uq_assessment_indicator_key')
    )
    with op.batch_alter_table('assessment_indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_indicator_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('checkin_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('area_key', sa.String(length=64), nullable=False),
    sa.Column('area_name', sa.String(length=200), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_checkin_rating_assessment_id_assessment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin_rating')),
    sa.UniqueConstraint('assessment_id', 'area_key', name='uq_checkin_rating_area')
    )
    with op.batch_alter_table('checkin_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_rating_assessment_id'), ['assessment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('checkin_rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_rating_assessment_id'))

    op.drop_table('checkin_rating')
    with op.batch_alter_table('assessment_indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_indicator_assessment_id'))

    op.drop_table('assessment_indicator')
    with op.batch_alter_table('assessment_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_answer_assessment_id'))

    op.drop_table('assessment_answer')
    with op.batch_alter_table('timeline_event', schema=None) as batch_op:
        batch_op.drop_index('ix_timeline_event_person_date')

    op.drop_table('timeline_event')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index('ix_assessment_person_status')

    op.drop_table('assessment')
