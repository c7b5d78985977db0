# An exception group with twenty failures: how much gets printed?
def check(i):
    if i % 2:
        return ValueError(f"item {i} is odd")
    return KeyError(i)

errors = [check(i) for i in range(20)]
raise ExceptionGroup("twenty problems", errors)
