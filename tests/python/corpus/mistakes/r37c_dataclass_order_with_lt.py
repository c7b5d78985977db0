# sortable versions: order=True plus my own __lt__ for the patch number
from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

print(sorted([Version(1, 2), Version(1, 0)]))
