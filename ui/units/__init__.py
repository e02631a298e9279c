"""Units: the list of units sold and their cards."""
