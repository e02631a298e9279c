"""fieldservice: the application core (models, services, printing, sync).

This package never imports Qt; the desktop UI lives in the ``ui`` package.
"""

__version__ = "0.1.0"
