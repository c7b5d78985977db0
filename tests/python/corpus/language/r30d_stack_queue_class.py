# A bracket checker with a list as a stack and a round-robin scheduler with deque
from collections import deque

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f"unexpected {ch!r} at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"


for s in ["(a[b]{c})", "(]", "((x)", "", "}{", "f(x[0], {'k': [1, 2]})"]:
    print(f"{s!r:26} {balanced(s)}")
jobs = deque([("A", 3), ("B", 1), ("C", 2)])
timeline = []
while jobs:
    name, left = jobs.popleft()
    timeline.append(name)
    if left > 1:
        jobs.append((name, left - 1))
print("".join(timeline))
