# Python 2 style: except with a comma.
try:
    value = int("x")
except ValueError, e:
    print("bad value", e)
