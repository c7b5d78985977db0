for a in b
