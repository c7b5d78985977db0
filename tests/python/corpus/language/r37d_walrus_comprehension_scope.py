# Walrus in comprehensions leaks to the enclosing scope; using it for running totals and regex matches.
import re

data = [3, 8, -1, 12, 5]
total = 0
running = [total := total + x for x in data]
print(running, total)
print([y for x in data if (y := x * 2) > 10], y)
lines = ["id=4", "noise", "id=17", "id=x"]
ids = [int(m[1]) for line in lines if (m := re.match(r"id=(\d+)$", line))]
print(ids, m)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["ab", "hello!", "xyz"]), first_long(["a"]))
chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)
print((n := 10) * 2, n, [(i, j) for i in range(3) if (j := i ** 2) % 2 == 0])
def f():
    [(k := v) for v in "xyz"]
    return k
print(f())
print(sum(v for v in range(5) if (last := v)), last)
