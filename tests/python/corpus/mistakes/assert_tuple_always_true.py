# assert with parentheses around the test and the message: always true (SyntaxWarning)
def check(x):
    assert(x > 0, "x must be positive")
    assert (x, )
    assert x > 0, "real check"
    return x
print(check(5))
print(check(-1))
