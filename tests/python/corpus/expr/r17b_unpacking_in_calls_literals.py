# Unpacking with * and ** in literals, calls and for loops, plus its errors
a = [1, 2, 3]
b = (4, 5)
print([*a, *b], (*a, 0), {*a, *b} == set(range(1, 6)))
d1 = {'x': 1}
d2 = {'y': 2, 'x': 9}
print({**d1, **d2}, {**d2, **d1})
print(*a, sep='-')
print(max(*a, *b), list(zip(*[(1, 'a'), (2, 'b')])))
for i, (name, *rest) in enumerate([('a', 1, 2), ('b',)]):
    print(i, name, rest)
first, second, *_ = 'python'
print(first, second, _)
def f(x, y, z):
    return x * 100 + y * 10 + z
print(f(*a), f(*b, 6), f(**{'z': 1, 'y': 2, 'x': 3}))
print(f(*a, *b))
