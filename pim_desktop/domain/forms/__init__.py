"""Form definitions as data: their model, loading, the values they hold, their checks, prefill."""
