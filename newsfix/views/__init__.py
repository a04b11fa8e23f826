"""Views: thin functions that validate input, call the services below and render."""
