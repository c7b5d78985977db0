# changing a field of a namedtuple directly
from collections import namedtuple

Score = namedtuple("Score", "player points")
s = Score("ann", 10)
s.points += 5
print(s)
