"""Entry points and wiring: the desk program and its embedded server."""
