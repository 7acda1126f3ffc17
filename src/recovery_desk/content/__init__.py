"""Reads the reference content and form templates kept as data in resources/content."""
