# Mistake: a class body refers to its own class by name before the class exists.
class Shape:
    sides = 4
    label = f'{Shape.sides}-sided shape'


print(Shape.label)
