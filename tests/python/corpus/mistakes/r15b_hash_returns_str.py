# Mistake: __hash__ returns the name (a str) instead of an int.
class User:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
    def __hash__(self):
        return self.name

seen = {}
seen[User("ada")] = 1
