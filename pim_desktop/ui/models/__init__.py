"""Table models over lists of plain objects handed out by the services."""
