# tutorial 4.8.6: lambda expressions, make_incrementor, sort with a key
def make_incrementor(n):
    return lambda x: x + n
f = make_incrementor(42)
print(f(0))
print(f(1))
pairs = [(1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')]
pairs.sort(key=lambda pair: pair[1])
print(pairs)
print((lambda: 'no args')())
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
print(f.__name__, f.__qualname__)
square = lambda x: x * x
print(list(map(square, range(5))))
print(sorted(['banana', 'Apple', 'cherry'], key=lambda s: s.lower()))
print(sorted(['banana', 'Apple', 'cherry']))
adders = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders])
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
print(f())
