"""The head-office server (FastAPI on PostgreSQL): sites sync with it."""
