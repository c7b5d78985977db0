from dataclasses import dataclass

@dataclass(order=True)
class Score:
    points: int
    name: str

@dataclass
class Player:
    name: str
    level: int

scores = [Score(10, "b"), Score(5, "z"), Score(10, "a")]
print(sorted(scores))
print(Score(1, "a") < Score(1, "b"))
players = [Player("x", 2), Player("y", 1)]
print(players[0] == Player("x", 2))
print(sorted(players))
