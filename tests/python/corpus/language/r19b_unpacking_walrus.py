# Unpacking forms, swaps, star-expressions and the walrus operator
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
(a, b), c = (1, 2), 3
head, *_ = "hello"
*_, tail = range(5)
print(a, b, c, head, tail)
x, y = 1, 2
x, y = y, x + y
print(x, y)
points = [(1, 2), (3, 4), (5, 6)]
for i, (px, py) in enumerate(points):
    print(i, px * py, end="; ")
print()
def stats(*nums, precision=2, **opts):
    avg = round(sum(nums) / len(nums), precision)
    return (min(nums), max(nums), avg, opts)
lo, hi, avg, extra = stats(*[4, 8, 15], *(16, 23), precision=1, **{"unit": "cm"})
print(lo, hi, avg, extra)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, [*"ab", *range(2)], {*"aa", *"a"}, (*[1], 2))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 6], y)
import io
stream = io.StringIO("alpha\nbeta\n\ngamma\n")
while (line := stream.readline().strip()):
    print("read", line)
total = 0
running = [total := total + v for v in data]
print(running, total)
print(*data, sep=" < ")
print(*"abc")
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
for k, v in sorted({"z": 1, "y": 2}.items()):
    print(f"{k}={v}", end=" ")
print()
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "hi"
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
p, q = 5
