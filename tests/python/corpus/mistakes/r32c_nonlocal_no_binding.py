# nonlocal in a nested function whose outer function has no such variable.
def make_counter():
    def inc():
        nonlocal total
        total += 1
        return total
    return inc

c = make_counter()
print(c())
