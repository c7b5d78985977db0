# Catching a string instead of an exception class.
def risky():
    return int("oops")

try:
    risky()
except "ValueError":
    print("caught")
