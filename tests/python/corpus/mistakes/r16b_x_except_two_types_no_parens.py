# except with two exception types not in parentheses
try:
    int("x")
except ValueError, TypeError:
    print("bad")
