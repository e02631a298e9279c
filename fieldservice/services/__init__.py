"""Use cases, one module per area. Each takes a :class:`~fieldservice.db.Database`
first, plain arguments after, owns its transaction, and returns frozen
dataclasses — never live ORM objects."""
