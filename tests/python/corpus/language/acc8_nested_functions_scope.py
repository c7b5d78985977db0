# Closures that capture loop variables, and nonlocal accumulators.
def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]

print([m(10) for m in make_multipliers()])

def make_fixed():
    return [lambda x, i=i: x * i for i in range(1, 4)]

print([m(10) for m in make_fixed()])

def running_product():
    total = 1
    def step(x):
        nonlocal total
        total *= x
        return total
    return step

step = running_product()
print([step(i) for i in range(1, 7)])
print(step.__closure__[0].cell_contents, step.__code__.co_freevars)
