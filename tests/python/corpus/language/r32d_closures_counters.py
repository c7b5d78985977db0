# Closures: counters with nonlocal, late binding in loops and the default-argument fix
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c2(5), c1(10))
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def outer():
    x = "outer"

    def inner():
        print(x)
        x = "inner"
    return inner


outer()()
