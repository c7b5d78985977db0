# Practical uses of the walrus operator := in loops, comprehensions and conditions.
import io
import re

stream = io.StringIO("alpha\nbeta\n\ngamma\n")
while (line := stream.readline()):
    print(repr(line.rstrip("\n")))
data = [3, 8, 12, 5, 20]
if (n := len(data)) > 3:
    print(f"{n} items, too many")
squares = [y for x in data if (y := x * x) > 50]
print(squares, y)
if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
    print("first b-word:", hit)
print(all((last := v) < 10 for v in data), last)
pattern = re.compile(r"(\d+)-(\d+)")
for text in ["10-20", "nope", "3-4"]:
    if m := pattern.match(text):
        lo, hi = map(int, m.groups())
        print(text, "span", hi - lo)
    else:
        print(text, "no match")
chunks = io.BytesIO(b"abcdefghij")
while chunk := chunks.read(4):
    print(chunk)
totals = [total := 0] + [total := total + v for v in data]
print(totals, total)
print((z := 5) + z, z)
def f():
    return [w := 1, w + 1]
print(f())
