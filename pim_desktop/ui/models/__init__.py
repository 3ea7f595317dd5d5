"""Table and list models over plain objects, sorted and filtered through proxies."""
