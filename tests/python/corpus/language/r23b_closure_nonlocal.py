def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2())
c1.reset()
print(c1())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_multipliers():
    return [lambda x, n=n: x * n for n in (2, 3)]
print([m(10) for m in make_multipliers()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

def broken():
    total = 0
    def add(n):
        total += n
        return total
    return add
broken()(1)
