# from __future__ import annotations: annotations are kept as text (PEP 563), so forward references work.
"""A tree of nodes."""
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional, Dict, Callable
import __future__

@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    meta: Dict[str,   int] = field(default_factory=dict)
    cb: Callable[[int, str], None] | None = None
    t: tuple[int, ...] = ()
    label: "Node" = None
    odd: (a.b[1:2], -1, not x, 2 ** -1, (p + q) * r, [int], f(1, k=2)) = None

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return self

def depth(n: Node, *rest: Undefined, key: str = "x", **kw: float) -> int:
    return 0 if n.parent is None else 1 + depth(n.parent)

root = Node(1).add(Node(2))
print(root.children[0].value, depth(root.children[0]))
print(depth.__annotations__)
print(Node.add.__annotations__)
print(Node.__annotations__)
print([f.name for f in fields(Node)])
print(Node(5))
total: Unknown[int] = 3
print(__annotations__, total)
print(__future__.annotations, annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
