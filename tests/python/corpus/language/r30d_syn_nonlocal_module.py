# nonlocal used at module level and in a function without an enclosing binding
counter = 0

def bump():
    nonlocal counter
    counter += 1


bump()
