# Python 2's raise with a comma.
def check(n):
    if n < 0:
        raise ValueError, "negative"
    return n

print(check(1))
