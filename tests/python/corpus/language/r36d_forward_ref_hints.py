# Resolving forward references in annotations with get_type_hints and postponed evaluation.
from __future__ import annotations
from typing import Optional, get_type_hints
from dataclasses import dataclass, fields

@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node] | None = None

    def append(self, other: Node) -> Node:
        self.next = other
        return other

print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
hints = get_type_hints(Node)
print(hints["value"], hints["next"], hints["children"])
print(get_type_hints(Node.append))
head = Node(1)
head.append(Node(2)).append(Node(3))
n, vals = head, []
while n:
    vals.append(n.value)
    n = n.next
print(vals)
def broken(x: Undefined) -> int:
    return 1
print(broken.__annotations__)
try:
    get_type_hints(broken)
except NameError as e:
    print("NameError:", e)
print(type(Node.__annotations__["value"]).__name__)
