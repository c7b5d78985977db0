# Defining __eq__ in a subclass silently removes __hash__; frozen dataclasses with list fields
from dataclasses import dataclass


class Base:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)


class Child(Base):
    def __eq__(self, other):
        return self.k == other.k


class Fixed(Child):
    __hash__ = Base.__hash__


print(Base.__hash__ is not None, Child.__hash__, Fixed(1) in {Fixed(1)}, len({Base(1), Base(1)}))


@dataclass(frozen=True)
class Config:
    name: str
    values: list


@dataclass(eq=False)
class Node:
    v: int


print(Node(1) == Node(1), len({Node(1), Node(1)}), Config("a", [1]) == Config("a", [1]))
try:
    hash(Config("a", [1]))
except TypeError as e:
    print("TypeError:", e)
print({Child(1)})
