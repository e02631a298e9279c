"""Customers: the list, the customer card and its edits."""
