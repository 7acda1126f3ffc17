"""Recovery Desk: recovery-oriented records and team meetings for community mental health teams."""

__version__ = "0.1.0"
