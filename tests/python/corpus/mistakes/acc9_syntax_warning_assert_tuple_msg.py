# assert written with parentheses around the message.
def check(n):
    assert(n > 0, "n must be positive")
    return n

print(check(-1))
