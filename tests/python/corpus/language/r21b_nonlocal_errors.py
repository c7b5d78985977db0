# nonlocal at module level is a SyntaxError
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
print(outer()())
nonlocal y
