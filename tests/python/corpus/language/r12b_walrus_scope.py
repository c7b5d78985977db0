data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
print([y for x in data if (y := x * 2) > 6], y)
total = 0
running = [total := total + x for x in data]
print(running, total)
import re
for line in ["a=1", "junk", "b=22"]:
    if m := re.match(r"(\w)=(\d+)", line):
        print(m.group(1), int(m.group(2)))
chunks = iter(["ab", "cd", ""])
while (c := next(chunks)):
    print("chunk", c)
def f():
    [last := i for i in range(3)]
    return last
print(f())
print([j for j in range(3)], "j" in dir())
try:
    print(j)
except NameError as e:
    print("NameError:", e)
xs = [1, 2]
print(any((hit := v) > 1 for v in xs), hit)
