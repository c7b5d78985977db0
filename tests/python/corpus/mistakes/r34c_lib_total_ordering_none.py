# Using functools.total_ordering on a class that only defines __eq__
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

print(Version(1, 2) == Version(1, 2))
