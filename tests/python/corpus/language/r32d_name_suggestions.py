# Typos and the "Did you mean" hints: attributes, names and imports
class Robot:
    def __init__(self):
        self.position = 0
        self.battery = 100

    def move_forward(self):
        self.position += 1


r = Robot()
try:
    r.move_foward()
except AttributeError as e:
    print(e, "|", e.name, e.obj is r)
try:
    print(r.batery)
except AttributeError as e:
    print(e)
try:
    import math
    math.sqroot(4)
except AttributeError as e:
    print(e)
try:
    from collections import defaultdic
except ImportError as e:
    print(e, "|", e.name)
numbers = [1, 2, 3]
try:
    print(numbres)
except NameError as e:
    print(e, "|", e.name)
r.postion = 5
print(vars(r))
print(lenght(numbers))
