# Mistake: a comprehension in a class body uses another class attribute (class scope is not visible inside it).
class Grid:
    size = 3
    scale = 10
    cells = [i * scale for i in range(size)]


print(Grid.cells)
