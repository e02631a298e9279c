"""The Reports area: KPI tiles over a period, each drilling down to its orders."""
