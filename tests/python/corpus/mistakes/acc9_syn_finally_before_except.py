# finally written before except.
try:
    x = 1 / 0
finally:
    print("cleanup")
except ZeroDivisionError:
    print("oops")
