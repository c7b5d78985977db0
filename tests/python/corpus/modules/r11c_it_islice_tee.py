from itertools import islice, tee, count, cycle

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(fib(), 10)))
print(list(islice(fib(), 5, 15, 3)))
print(list(islice("abcdefg", None, None, 2)))
print(list(islice(count(), 2, 5)))
a, b = tee(iter([1, 2, 3, 4]))
print(list(a), list(b))
x, y, z = tee(fib(), 3)
next(y)
next(z); next(z)
print([next(x) + next(y) + next(z) for _ in range(5)])
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(islice(cycle("ab"), 5)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(10, -3), 4)))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(next(islice(fib(), 30, None)))
