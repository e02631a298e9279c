"""Repair orders: intake, the order list, the order view and its dialogs."""
