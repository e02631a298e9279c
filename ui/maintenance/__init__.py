"""Maintenance: plans, the due list and visits."""
