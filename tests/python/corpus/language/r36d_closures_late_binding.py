# Closures: the late-binding trap, default-argument fix, nonlocal and cell contents.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])

def make_counter(step=1):
    count = 0
    def inc():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek

inc, peek = make_counter(5)
inc(); inc()
print(peek(), inc.__code__.co_freevars, [c.cell_contents for c in inc.__closure__])
print(peek.__closure__[0] is inc.__closure__[0])

def broken():
    total = 0
    def add(x):
        total += x
        return total
    return add

try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
    inner()
    return x
print(outer(), x)

def adders():
    return {n: (lambda v, n=n: v + n) for n in (1, 10)}
print({k: f(5) for k, f in adders().items()})
def shadow():
    print(y)
    y = 1
shadow()
