"""The coordinator's room: received packages of a round, who is missing, the national picture."""
