"""The fault-injection harness: ``python -m faults`` (see the README, "Reliability")."""
