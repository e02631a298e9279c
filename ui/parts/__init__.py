"""Parts & stock: the catalogue, on-hand, movements, counts and supplier orders."""
