# Raising a string.
def check(n):
    if n < 0:
        raise "negative number"
    return n

print(check(-1))
