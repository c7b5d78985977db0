# Team picker: the team size comes in as text and goes straight to combinations.
import itertools

players = ["ann", "bob", "cy", "dee"]
size = "2"
print("choosing teams of", size)
for team in itertools.combinations(players, size):
    print(" + ".join(team))
