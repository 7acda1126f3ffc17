"""Use cases. Each call opens its own unit of work and returns plain data; no Qt here."""
