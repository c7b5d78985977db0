# A set's iteration order as CPython's: displays of constants folded (negatives and sums too), equal ones sharing the first one's table, pop() per set
for x in {3, 1, 2, 10, 33, 65}:
    print(x, end=' ')
print()
print([x for x in {40, 8, 16, 24, 0, 72}])
print(sorted({5, 13, 21}), list({5, 13, 21}), list({21, 13, 5}))
a = {3, 1, 2, 10, 33, 65}
b = {65, 10, 7}
print(a | b, b | a, a & b, b & a, a - b, a ^ b, b ^ a)
a2 = a.copy(); a2.update(range(100, 104)); print(a2)
print(set(a), frozenset(a), {*a}, {*a, 99})
s = {9, 17, 25, 33}
while s:
    print(s.pop(), end=' ')
print()
t = {8, 16, 1}; u = {2, 3}
print(t.pop(), u.pop(), t.pop(), u.pop())
c = {i * 8 for i in range(10)}
c.discard(0); c.discard(8); c.add(1000); print(c)
d = {1, 2, 3}
d.add(9); d.remove(1); print(d, d.pop(), d)
print({1, 2, 3} == {3, 2, 1}, {10, 2, 18} <= set(range(20)))
def f(): return {7, 15, 23, 31, 39}
print(f(), f().pop())
print({-1, 5, 13, -9}, list({-9, 13, 5, -1}))
def f():
    return {21, 13, 5}
def g():
    return {5, 13, 21}
print(f(), g())
for x in {16, 8, 0}:
    print(x, end=' ')
print()
print({x for x in {24, 16, 8, 0}}, [x for x in {0, 8, 16, 24, 32}])
print(3 in {1, 2, 3}, [1] in [[1]], 7 not in {7, 15})
try:
    print([1] in {1, 2})
except TypeError as e:
    print(e)
print({1, 2.0, True}, {True, 1, 2.0}, {(1, 2), (3,), 9})
print(eval("{21, 13, 5}"), eval("list({16, 8, 0})"))
print({100, 36, 4, 68}, {4, 36, 68, 100})
print(sorted({3, 1, 2}) == [1, 2, 3])
print({frozenset({1, 2}), 3})
