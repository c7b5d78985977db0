# Frozen and ordered dataclasses: hashable keys, sorting and a FrozenInstanceError
from dataclasses import dataclass, FrozenInstanceError, asdict, replace

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f'{self.major}.{self.minor}.{self.patch}'

vs = [Version(3, 11, 7), Version(3, 7), Version(2, 7, 18), Version(3, 11)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
release = {Version(3, 11): 'current', Version(2, 7): 'old'}
print(release[Version(3, 11)], Version(3, 11) in release)
print(asdict(vs[0]), replace(vs[1], patch=9))
try:
    vs[0].major = 4
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(max(vs), Version(3) < Version(3, 0, 1))
