# Peeking into closures: __closure__ cells, cell_contents, nonlocal rebinding and free variable names.
def make_counter(start=0, step=1):
    count = start
    def bump():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return bump, peek

bump, peek = make_counter(10, 5)
bump(); bump()
print(peek(), bump.__code__.co_freevars, peek.__code__.co_freevars)
print([c.cell_contents for c in bump.__closure__])
print(bump.__closure__[0] is peek.__closure__[0])
print(make_counter.__code__.co_cellvars, make_counter.__code__.co_varnames)
bump.__closure__[0].cell_contents = 100
print(peek())
def outer():
    x = 1
    def inner():
        return x
    del x
    return inner
f = outer()
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    f.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError:", e)
print(len.__closure__ if hasattr(len, "__closure__") else "no closure attr", (lambda: 0).__closure__)
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in adders], [l(10) for l in late])
