from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)

    def add(self, value):
        child = Node(value, parent=self)
        self.children.append(child)
        return child

root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root)
print(a.parent.value)
print(root == Node(1, [Node(2, [Node(3)]), Node(4)]))

@dataclass
class Loop:
    name: str
    other: object = None

x = Loop("x")
y = Loop("y", x)
x.other = y
print(repr(x))
print(f"{y!s}")

@dataclass(repr=False)
class Quiet:
    a: int
print(repr(Quiet(1)).startswith("<__main__.Quiet object at"))

@dataclass
class WithStr:
    a: int
    def __str__(self):
        return f"<{self.a}>"
w = WithStr(5)
print(w, repr(w), [w], f"{w}")
