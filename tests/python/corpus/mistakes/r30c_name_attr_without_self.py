# Referred to an attribute name without self in a method.
class Player:
    def __init__(self, name):
        self.name = name
        self.score = 0

    def describe(self):
        return f"{name} has {self.score} points"

p = Player("Lin")
print(p.describe())
