for a b:
