from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 9), Version(1, 1) >= Version(1, 2))
print(max(vs), min(vs))
print(Version(1, 0) < 5)
