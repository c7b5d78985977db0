# Looking inside closures: __closure__, cell_contents, co_freevars and nonlocal updates
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek

inc, peek = make_counter(10, 5)
print(inc(), inc(), peek())
print(inc.__code__.co_freevars, peek.__code__.co_freevars)
print([c.cell_contents for c in inc.__closure__])
print(inc.__closure__[0] is peek.__closure__[0])
inc.__closure__[0].cell_contents = 100
print(peek(), inc())

def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
good, bad = adders()
print([f(10) for f in good], [f(10) for f in bad])
print(good[0].__closure__, bad[0].__closure__[0].cell_contents)
def empty_cell():
    def g():
        return later
    print(type(g.__closure__[0]).__name__)
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    print(g.__closure__[0].cell_contents)
    later = 1
try:
    empty_cell()
except Exception as e:
    print(type(e).__name__, e)
