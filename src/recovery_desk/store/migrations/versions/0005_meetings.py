"""Team meetings: attendees, the recovery hat, agenda, review notes, actions and review requests.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 12:35:16.625798
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recovery_desk.store.types import UTCDateTime

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=False),
    sa.Column('hat_per_person', sa.Boolean(), nullable=False),
    sa.Column('current_item_id', sa.Integer(), nullable=True),
    sa.Column('current_step', sa.String(length=32), nullable=False),
    sa.Column('started_at', UTCDateTime(), nullable=False),
    sa.Column('finished_at', UTCDateTime(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['staff.id'], name=op.f('fk_meeting_chair_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('hat_wearer_id', sa.Integer(), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('reviewed_at', UTCDateTime(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hat_wearer_id'], ['staff.id'], name=op.f('fk_agenda_item_hat_wearer_id_staff')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agenda_item_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_agenda_item_person', ['person_id'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_meeting_attendee_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendee')),
    sa.UniqueConstraint('meeting_id', 'staff_id', name='uq_meeting_attendee')
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('review_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('handled_in_meeting_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['handled_in_meeting_id'], ['meeting.id'], name=op.f('fk_review_request_handled_in_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_review_request_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff.id'], name=op.f('fk_review_request_requested_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_request'))
    )
    with op.batch_alter_table('review_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_request_person_id'), ['person_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_action_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_action_goal_id_goal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_action_owner_id_staff')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_action_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index('ix_action_owner_done', ['owner_id', 'done_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_person_id'), ['person_id'], unique=False)

    op.create_table('hat_wearing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('worn_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_hat_wearing_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_hat_wearing_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_hat_wearing_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hat_wearing'))
    )
    with op.batch_alter_table('hat_wearing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hat_wearing_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hat_wearing_staff_id'), ['staff_id'], unique=False)

    op.create_table('review_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_review_note_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_note')),
    sa.UniqueConstraint('agenda_item_id', 'step', name='uq_review_note_step')
    )
    with op.batch_alter_table('review_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_note_agenda_item_id'), ['agenda_item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_note_agenda_item_id'))

    op.drop_table('review_note')
    with op.batch_alter_table('hat_wearing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hat_wearing_staff_id'))
        batch_op.drop_index(batch_op.f('ix_hat_wearing_meeting_id'))

    op.drop_table('hat_wearing')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_person_id'))
        batch_op.drop_index('ix_action_owner_done')

    op.drop_table('action')
    with op.batch_alter_table('review_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_request_person_id'))

    op.drop_table('review_request')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_item_person')
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    op.drop_table('meeting')
