def i(a, b = 1 1, **kw): pass
