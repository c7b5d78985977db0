# The class-body scope trap: comprehensions in a class cannot see class variables (except the first iterable)
class Grid:
    size = 3
    rows = [r for r in range(size)]
    cells = [(r, c) for r in range(size) for c in range(2)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]


print(Grid.rows, Grid.upper, Grid.cells)


class Good:
    size = 3
    cells = (lambda size: [(r, c) for r in range(size) for c in range(size)])(size)


print(len(Good.cells), Good.cells[-1])


class Bad:
    size = 2
    cells = [(r, c) for r in range(size) for c in range(size)]
