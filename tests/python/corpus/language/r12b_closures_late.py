funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])

def make_multipliers2():
    def mk(i):
        return lambda x: x * i
    return [mk(i) for i in range(4)]
print([m(2) for m in make_multipliers2()])

fs = [lambda: k for k in "ab"]
print([f() for f in fs])
print([f.__closure__[0].cell_contents for f in fs])
import functools
adders = [functools.partial(lambda a, b: a + b, n) for n in range(3)]
print([a(10) for a in adders])
del i
print(funcs[0](), funcs[2]())
print([f() for f in [lambda: i for _ in range(2)]])
