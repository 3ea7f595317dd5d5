"""The use cases: each public method is one unit of work over the database; no Qt."""
