# An except clause naming a string.
try:
    int("x")
except "ValueError":
    print("caught")
