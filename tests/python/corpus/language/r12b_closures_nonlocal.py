def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print(inc.__code__.co_freevars, [c.cell_contents for c in inc.__closure__])

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    return middle(), x
print(outer())

def acc():
    total = 0
    def add(n):
        total += n
        return total
    return add
a = acc()
a(1)
