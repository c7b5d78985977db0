# yield inside a list comprehension.
def factorials(n):
    f = 1
    return [(yield f) for i in range(1, n + 1)]
