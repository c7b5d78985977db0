# from __future__ import annotations turns hints into strings; get_type_hints resolves them
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import get_type_hints, Optional


@dataclass
class Node:
    value: int
    next: Optional[Node] = None

    def push(self, v: int) -> Node:
        return Node(v, self)


def total(n: Node | None) -> int:
    return 0 if n is None else n.value + total(n.next)


x: list[int] = [1]
print(Node.__annotations__, total.__annotations__, __annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(get_type_hints(Node))
print(get_type_hints(total))
n = Node(1).push(2).push(3)
print(n.value, total(n))


def bad(a: UndefinedType) -> None:
    pass


print(bad.__annotations__)
get_type_hints(bad)
