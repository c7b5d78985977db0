# Mistake: a typo inside __contains__ shows up when `in` is used.
class Team:
    def __init__(self, *members):
        self.members = [m.lower() for m in members]
    def __contains__(self, name):
        return name.lower() in self.memebrs

team = Team("Ada", "Grace")
print("ada" in team)
