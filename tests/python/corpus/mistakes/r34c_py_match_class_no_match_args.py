# Matching a plain class positionally, which needs __match_args__
class Move:
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy

def describe(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx, dy):
            return f"move by {dx},{dy}"

print(describe(Move(1, 2)))
