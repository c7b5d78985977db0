from itertools import count, islice, repeat

c = count(0.1, 0.1)
print([next(c) for _ in range(5)])
print(list(islice(count(1, 0.25), 6)))
print(repr(count(5)), repr(count(2.5, 0.5)), repr(count(1, 2)))
it = count(3)
next(it); next(it)
print(it)
print(list(repeat("x", 3)), list(repeat(None, 0)))
print(repr(repeat(7, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))
for i, ch in zip(count(start=10, step=5), "xyz"):
    print(i, ch)
print(list(islice(count(-1, -0.5), 3)))
