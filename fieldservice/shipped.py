"""Files shipped with the program (the ``resources`` folder): fonts, translations."""

from __future__ import annotations

from pathlib import Path


def resource_folder(name: str) -> Path:
    """The folder *name* of ``resources`` (``fonts``, ``translations``), found in a
    checkout, an installed package and a frozen build alike."""
    try:
        import resources

        # __path__ rather than __file__: it also works while ``resources`` is a
        # namespace package (a checkout without its __init__.py).
        roots = [Path(root) for root in getattr(resources, "__path__", [])]
    except ImportError:
        roots = []
    for root in roots:
        if (root / name).is_dir():
            return root / name
    # ``resources`` sits beside the fieldservice package in a checkout.
    return Path(__file__).resolve().parents[1] / "resources" / name
