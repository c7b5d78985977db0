# Class attributes versus instance attributes, and dynamic attribute access.
class Team:
    members = []
    size_limit = 3

    def __init__(self, name):
        self.name = name

    def join(self, person):
        if len(self.members) >= self.size_limit:
            raise OverflowError(f"{self.name} is full")
        self.members.append(person)

red, blue = Team("red"), Team("blue")
red.join("ann")
blue.join("bob")
print(red.members, blue.members is red.members)
blue.size_limit = 1
print(red.size_limit, blue.size_limit, Team.size_limit, vars(blue))
try:
    blue.join("cy")
except OverflowError as e:
    print("OverflowError:", e)
del blue.size_limit
print(blue.size_limit)
try:
    del blue.size_limit
except AttributeError as e:
    print("AttributeError:", e)
setattr(red, "motto", "go")
print(getattr(red, "motto"), getattr(red, "color", "none"), hasattr(Team, "motto"))
delattr(red, "motto")
print(sorted(k for k in vars(Team) if not k.startswith("__")), type(Team.__dict__).__name__)
try:
    Team.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
Team.shout = lambda self: self.name.upper()
print(red.shout(), Team.shout(blue))
red.__class__ = type("Special", (Team,), {"shout": lambda self: "special!"})
print(red.shout(), type(red).__name__, isinstance(red, Team))
print(red.__dict__, Team.__name__, Team.__qualname__, Team.__module__)
red.members = []
print(red.members, blue.members)
