"""Sync: the head office connection, its state and the refused changes."""
