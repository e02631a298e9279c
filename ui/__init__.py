"""The desktop application (PySide6): windows, screens, table models, dialogs.

It calls :mod:`fieldservice.services` only; it never builds a query or holds
a database session. ``ui.launcher.main`` is the ``fieldservice`` command.
"""
