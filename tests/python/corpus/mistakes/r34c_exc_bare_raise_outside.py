# A bare raise in a helper called outside of any except block
def rethrow():
    print("logging the error")
    raise

try:
    int("x")
except ValueError:
    print("handled")
rethrow()
