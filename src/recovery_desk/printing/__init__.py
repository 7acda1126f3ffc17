"""PDF documents made with reportlab: crisis plans, goal overviews, meeting minutes."""
