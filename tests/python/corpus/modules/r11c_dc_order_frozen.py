from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), Version(1) < Version(1, 0, 1))
v = Version(2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(v) == hash(Version(2, 0, 0)), {v, Version(2)})
print(issubclass(FrozenInstanceError, AttributeError))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class X:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class Node:
    v: int
print(Node(1) == Node(1))
