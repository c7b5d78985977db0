def h(a, b=2, /, c*=3, *d): pass
