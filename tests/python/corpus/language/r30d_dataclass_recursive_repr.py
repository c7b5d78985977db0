# Dataclass reprs of self-referencing objects, field-order errors, and replace() with init=False fields
from dataclasses import dataclass, field, replace


@dataclass
class Node:
    value: int
    next: "Node | None" = None


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)


a = Node(1)
b = Node(2, a)
a.next = b
print(a)
t = Tree("root")
t.children.append(t)
print(t, a == a)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Counter:
    start: int
    count: int = field(init=False, default=0)


c = Counter(5)
print(replace(c, start=9))
replace(c, count=3)
