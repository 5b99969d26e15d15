"""The bundled example exports and the script that builds them."""
