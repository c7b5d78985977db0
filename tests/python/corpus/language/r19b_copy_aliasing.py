# Aliasing, shallow copy and deep copy: the classic learner surprises
import copy

board = [[0] * 3 for _ in range(3)]
alias = board
shallow = board[:]
also_shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = 1
board.append(["new"])
print(alias is board, len(shallow), shallow[0][0], also_shallow[0][0], deep[0][0])
print(shallow[0] is board[0], deep[0] is board[0])

class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"

p1 = Player("ann", ["sword"])
p2 = copy.copy(p1)
p3 = copy.deepcopy(p1)
p2.name = "bob"
p2.items.append("shield")
print(p1, p2, p3)
config = {"db": {"host": "x", "ports": [1, 2]}, "debug": False}
c1 = dict(config)
c2 = config.copy()
c3 = copy.deepcopy(config)
config["db"]["ports"].append(3)
config["debug"] = True
print(c1, c2["db"] is config["db"], c3, sep="\n")
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
t = (1, [2, 3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
s = "text"
print(copy.copy(s) is s, copy.deepcopy(42), copy.copy({1, 2}), copy.deepcopy({"k": (1, [2])}))
row = [0] * 3
bad_board = [row] * 3
bad_board[1][1] = 5
print(bad_board)
def add_item(item, bag=[]):
    bag.append(item)
    return bag
print(add_item("a"), add_item("b"), add_item("c", []), add_item.__defaults__)
nums = [1, 2, 3]
def mutate(lst):
    lst += [4]
    lst = [0]
    return lst
print(mutate(nums), nums)
