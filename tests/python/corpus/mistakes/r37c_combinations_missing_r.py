# all the pairs of players for a tournament
from itertools import combinations
players = ["ann", "bob", "cid"]
print(list(combinations(players, 2)))
matches = combinations(players)
print(len(list(matches)))
