# Closures: a counter factory with nonlocal, cell contents, and the late-binding trap
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
print(c1.__code__.co_freevars, [cell.cell_contents for cell in c1.__closure__])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def broken():
    total = 0

    def add(n):
        total += n
        return total
    return add


print(broken().__code__.co_varnames)
broken()(5)
