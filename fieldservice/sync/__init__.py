"""The branch side of head-office sync: change capture (now) and the sync client (later)."""
