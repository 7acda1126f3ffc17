"""Recovery goals, treatment goals, steps, progress notes and positive risk-taking plans.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 12:28:44.274118
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recovery_desk.store.types import UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('why_it_matters', sa.Text(), nullable=False),
    sa.Column('life_area', sa.String(length=64), nullable=False),
    sa.Column('chime', sa.String(length=64), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('readiness', sa.Integer(), nullable=True),
    sa.Column('readiness_why', sa.Text(), nullable=False),
    sa.Column('achieved_on', sa.Date(), nullable=True),
    sa.Column('celebration', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_goal_created_by_id_staff')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_goal_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index('ix_goal_person_kind_status', ['person_id', 'kind', 'status'], unique=False)

    op.create_table('goal_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['staff.id'], name=op.f('fk_goal_note_author_id_staff')),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_goal_note_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_note'))
    )
    with op.batch_alter_table('goal_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_note_goal_id'), ['goal_id'], unique=False)

    op.create_table('goal_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('who_kind', sa.String(length=16), nullable=False),
    sa.Column('who_staff_id', sa.Integer(), nullable=True),
    sa.Column('who_supporter_id', sa.Integer(), nullable=True),
    sa.Column('who_name', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_goal_step_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['who_staff_id'], ['staff.id'], name=op.f('fk_goal_step_who_staff_id_staff')),
    sa.ForeignKeyConstraint(['who_supporter_id'], ['supporter.id'], name=op.f('fk_goal_step_who_supporter_id_supporter'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_step'))
    )
    with op.batch_alter_table('goal_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_step_goal_id'), ['goal_id'], unique=False)

    op.create_table('risk_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.Column('why_it_matters', sa.Text(), nullable=False),
    sa.Column('what_could_go_wrong', sa.Text(), nullable=False),
    sa.Column('what_makes_it_safer', sa.Text(), nullable=False),
    sa.Column('who_agreed', sa.Text(), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('review_outcome', sa.Text(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_risk_plan_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_plan'))
    )
    with op.batch_alter_table('risk_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_plan_goal_id'), ['goal_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('risk_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_plan_goal_id'))

    op.drop_table('risk_plan')
    with op.batch_alter_table('goal_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_step_goal_id'))

    op.drop_table('goal_step')
    with op.batch_alter_table('goal_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_note_goal_id'))

    op.drop_table('goal_note')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index('ix_goal_person_kind_status')

    op.drop_table('goal')
