import re

data = [3, 8, 1, 10, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

values = iter(["a", "b", "", "c"])
while (chunk := next(values)):
    print("chunk", chunk)

pattern = re.compile(r"(\w+)=(\d+)")
for line in ["x=1", "bad", "yy=22"]:
    if (m := pattern.match(line)) is not None:
        print(m.group(1), int(m.group(2)))
    else:
        print("no match for", repr(line))

results = [y for x in data if (y := x * 2) > 6]
print(results, y)
print([last := v for v in "abc"], last)
print((total := 0), [total := total + v for v in data][-1], total)

def f(v):
    print(" f called with", v)
    return v * 10
print([r for v in range(3) if (r := f(v)) > 0])
print(any((hit := v) > 5 for v in data), hit)
print(all((miss := v) < 9 for v in data), miss)
print((a := 1, b := 2), a, b)
def g():
    [inner := i for i in range(2)]
    return inner
print(g())
print({(k := c): k * 2 for c in "xy"}, k)
