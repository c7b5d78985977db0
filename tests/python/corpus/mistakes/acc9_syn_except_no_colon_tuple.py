# except of two types without parentheses.
try:
    int("x")
except ValueError, TypeError:
    print("bad")
