for a
