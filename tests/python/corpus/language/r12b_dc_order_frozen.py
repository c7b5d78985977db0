from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, 9), Version(1, 2, 0)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(max(vs), min(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print(len(set(vs)))
print({Version(1, 2): "stable"}[Version(1, 2, 0)])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
vs[1].patch += 1
