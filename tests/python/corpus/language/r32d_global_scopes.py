# Scopes: global, nonlocal, class-body scope, and the LEGB rule with shadowed builtins
counter = 0
x = "global x"


def bump():
    global counter
    counter += 1
    return counter


def outer():
    x = "enclosing x"

    def inner():
        return x

    def change():
        nonlocal x
        x = "changed"
    r1 = inner()
    change()
    return r1, inner()


class K:
    y = 5
    squares = [y * i for i in range(3)] if False else None
    doubled = y * 2


print(bump(), bump(), counter, outer(), x, K.doubled, K.squares)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"), "counter" in globals(), sorted(k for k in globals() if not k.startswith("__")))


def bad():
    print(counter)
    counter = 5


bad()
