with (open(f) as a, open(g) as b)
    pass
