"""The Qt layer: main window, tabs, dialogs, meeting mode. Talks to services only."""
