# Typos in attribute and variable names: the "Did you mean" hints a learner sees
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


r = Rectangle(3, 4)
for attempt in ["r.widht", "r.aera()", "r.Height", "[].apend", "'s'.uper()", "Rectangle.are"]:
    try:
        eval(attempt)
    except AttributeError as e:
        print(f"{attempt:14} -> {e} | name={e.name!r}")
rectangle_count = 1
try:
    print(rectangle_cuont)
except NameError as e:
    print(e, e.name)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(e)
print(r.area(), r.lenght)
