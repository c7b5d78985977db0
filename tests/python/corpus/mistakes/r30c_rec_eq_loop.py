# __eq__ that compares self with other using ==.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self == other

print(Tag("a") == Tag("a"))
