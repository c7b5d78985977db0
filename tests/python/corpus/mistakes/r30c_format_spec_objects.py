# Width specs on a dataclass, a list and a dict inside f-strings.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

p = Point(1, 2)
print(f"[{p}]", f"[{p!s:>20}]")
for value in [[1, 2], {"a": 1}, (3,), p, True, 3 + 0j]:
    try:
        print(f"[{value:>12}]")
    except TypeError as e:
        print("TypeError:", e)
print(f"{p:^20}")
