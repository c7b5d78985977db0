# A docstring whose closing triple quotes got deleted.
def greet(name):
    """Return a greeting for name.

    Example: greet("Bob")
    return "Hi " + name

print(greet("Bob"))
