# Closures: a counter factory with nonlocal, and the late-binding surprise
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(10, 5)
print([c1() for _ in range(3)], [c2() for _ in range(3)])

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
