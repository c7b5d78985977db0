# Walrus assignment into an attribute inside a method.
class Reader:
    def __init__(self, lines):
        self.lines = lines

    def first_long(self):
        if (self.found := [l for l in self.lines if len(l) > 3]):
            return self.found[0]

print(Reader(["ab", "abcd"]).first_long())
