# An except clause with nothing under it.
try:
    value = int("x")
except ValueError:
print("not a number")
