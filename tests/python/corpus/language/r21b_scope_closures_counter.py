# closures with nonlocal: a counter factory, and the global statement order error
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        print('inner sees', x)
    inner()
    print('outer has', x)
outer()
print(x)
def f():
    print(x)
    global x
