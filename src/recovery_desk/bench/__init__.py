"""Benchmarks shipped with the app, so IT can measure it on the team's own laptops.

``recovery-desk bench`` (or ``python -m recovery_desk.bench``) prints the summary table
(:mod:`recovery_desk.bench.summary`); ``python -m recovery_desk.bench.caseload`` the caseload
in detail. Everything runs on fictional demo data in a temporary folder, with an in-memory
keyring. This package sits beside ``recovery_desk.app`` at the top of the layers: it drives
the real window and services, and reads the database directly only for its baselines.
"""
