# The walrus operator in while loops, comprehensions and if conditions
import re

data = iter([3, 7, 0, 5])
while (n := next(data)) != 0:
    print("got", n)
values = [1, 4, 9, 16, 25]
print([y for x in values if (y := x % 7) > 2], y)
text = "order 66 shipped on 12 May"
if (m := re.search(r"\d+", text)) is not None:
    print("first number:", m.group(), "at", m.start())
total = 0
print([total := total + v for v in values], total)
if (count := len(values)) > 3:
    print(f"{count=} is big")
print((lambda: (z := 5) * 2)(), "z" in globals())
pairs = {k: (sq := k * k) for k in range(3)}
print(pairs, sq)
