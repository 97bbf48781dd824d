"""troopwatch message schemas and topic catalogue (no dependency on services/)."""
