# tutorial 5.3: tuples and sequences, packing, empty and singleton
t = 12345, 54321, 'hello!'
print(t[0])
print(t)
u = t, (1, 2, 3, 4, 5)
print(u)
v = ([1, 2, 3], [3, 2, 1])
print(v)
v[0].append(4)
print(v)
empty = ()
singleton = 'hello',    # <-- note trailing comma
print(len(empty))
print(len(singleton))
print(singleton)
x, y, z = t
print(x, y, z)
print((1,) * 3, (1, 2) + (3,), () == tuple(), tuple('ab'), (1, [2]))
print(t.index('hello!'), t.count(12345), max((3, 1, 2)))
t[0] = 88888
