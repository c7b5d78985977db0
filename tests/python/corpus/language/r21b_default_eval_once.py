# tutorial 4.8.1: defaults evaluated once at definition; the mutable default surprise
i = 5
def f(arg=i):
    print(arg)
i = 6
f()
def f(a, L=[]):
    L.append(a)
    return L
print(f(1))
print(f(2))
print(f(3))
print(f.__defaults__)
def f(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(f(1))
print(f(2))
print(f(3, [0]))
def g(d={}):
    d[len(d)] = len(d) * 'x'
    return d
g(); g()
print(g())
print(g.__defaults__)
