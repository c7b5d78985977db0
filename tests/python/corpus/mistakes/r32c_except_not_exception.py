# Catching something that is not an exception class.
def risky():
    return 1 / 0

try:
    risky()
except "ZeroDivisionError":
    print("caught")
