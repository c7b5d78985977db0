from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color))
print(len(Color), Color.RED.value, Color.RED in Color)
print(list(Color.__members__))
for c in Color:
    print(c.name.lower(), c.value)

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print([s.value for s in Status], Status.TODO.next(), Status.DONE.next())
print(Color.RED == 1, Color.RED.value == 1)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color["PURPLE"])
