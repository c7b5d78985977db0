# LEGB scope rules, closures capturing loop variables, nonlocal counters
x = "global"

def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    inner()
    def rebinder():
        nonlocal x
        x = "rebound"
    rebinder()
    print("outer now", x)

outer()
print("module still", x)

def use_global():
    global x
    x = "changed globally"
use_global()
print(x)

funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
print([(lambda: i)() for i in range(3)], i)
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
inc = counter()
print(inc(), inc(), inc.__closure__[0].cell_contents)
