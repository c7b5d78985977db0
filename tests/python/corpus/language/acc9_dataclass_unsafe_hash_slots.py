# dataclass(eq=False), unsafe_hash, slots=True, order errors, and the generated repr of nested ones.
from dataclasses import dataclass, field

@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = "x"

@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0

@dataclass
class Tree:
    root: Node
    size: int = 1

n = Node(1, [Node(2)])
print(n == Node(1, [Node(2)]), n == n, Tree(n))
print(hash(Key(1)) == hash(Key(1)), {Key(1): 1}[Key(1)], Key(2, "y"))
s = Slim(3)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Key(1) < Key(2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
print(Key.__eq__ is not object.__eq__, Node.__eq__ is object.__eq__)
