# Mistake: nonlocal used in a function nested directly in the module, for a module-level counter.
calls = 0


def tracked(fn):
    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)
    return wrapper


@tracked
def double(x):
    return 2 * x


print(double(4), calls)
