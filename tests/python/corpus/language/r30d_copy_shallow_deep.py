# Shallow versus deep copies of nested lists and of an object graph
import copy

grid = [[0, 0], [0, 0]]
alias = grid
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
grid.append([1, 1])
print(alias, shallow, deep)
print(shallow[0] is grid[0], deep[0] is grid[0])


class Node:
    def __init__(self, name):
        self.name, self.links = name, []

    def __repr__(self):
        return f"Node({self.name}, {[n.name for n in self.links]})"


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
a2 = copy.deepcopy(a)
print(a2, a2.links[0], a2.links[0].links[0] is a2, a2 is a)
row = [[]] * 3
row[0].append("x")
print(row, [[] for _ in range(3)])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
