# a helper that re-raises the current error, called after the except block
def report():
    print("reporting...")
    raise

try:
    1 / 0
except ZeroDivisionError:
    print("caught")
report()
