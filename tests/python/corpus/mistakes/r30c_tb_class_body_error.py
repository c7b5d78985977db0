# An error inside a class body while it is being defined.
class Shapes:
    sides = {"triangle": 3, "square": 4}
    total = sum(sides.values())
    pentagon = sides["pentagon"]

print(Shapes.total)
