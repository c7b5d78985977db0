# Iterating a generator twice: the second loop prints nothing.
def squares(n):
    for i in range(n):
        yield i * i

sq = squares(4)
print("first:", list(sq))
print("second:", list(sq))
print("next:", next(sq))
