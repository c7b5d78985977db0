# A __lt__ that fails while sorting.
class Version:
    def __init__(self, text):
        self.parts = text.split(".")

    def __lt__(self, other):
        return [int(p) for p in self.parts] < [int(p) for p in other.parts]

    def __repr__(self):
        return ".".join(self.parts)

print(sorted([Version("1.2"), Version("1.10"), Version("1.3")]))
print(sorted([Version("1.2"), Version("1.x"), Version("0.9")]))
