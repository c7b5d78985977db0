# Looping over things that are not iterable.
class Team:
    def __init__(self, members):
        self.members = members

team = Team(["a", "b"])
for thing in [5, 2.5, None, team, len, Team, True]:
    try:
        for x in thing:
            pass
        print("iterated", type(thing).__name__)
    except TypeError as e:
        print("TypeError:", e)
for what in ["list(team)", "a, b = team", "[*team]", "x in team", "max(team)", "sorted(team)", "dict(team)", "set(5.0)", "' '.join(team)"]:
    try:
        exec(what)
    except TypeError as e:
        print(what, "->", e)
for member in team:
    print(member)
