# The walrus operator in while loops, comprehensions, if statements and any()
import re

chunks = iter(["ab", "cd", "", "ef"])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out)
if (n := len(out)) > 1:
    print(f"got {n} chunks")
lines = ["id=7", "junk", "id=42", "id=x"]
ids = [int(m.group(1)) for line in lines if (m := re.fullmatch(r"id=(\d+)", line))]
print(ids, m)
nums = [4, 9, 15, 2]
if any((big := x) > 10 for x in nums):
    print("first big:", big)
total = 0
running = [total := total + x for x in nums]
print(running, total)
data = {"a": 1}
print(value if (value := data.get("b")) is not None else "missing")
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print(stack, top)
print((y := 10), y * 2)
