# A docstring whose closing triple quotes are missing
def f():
    """Compute things.
    return 1


print(f())
