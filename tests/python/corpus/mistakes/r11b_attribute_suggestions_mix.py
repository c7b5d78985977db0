# Attribute typos and what CPython suggests for each.
import math, string
class Circle:
    def __init__(self, radius):
        self.radius = radius
        self.centre = (0, 0)

    def area(self):
        return math.pi * self.radius ** 2

c = Circle(2)
probes = [
    lambda: c.raduis,
    lambda: c.center,
    lambda: c.areas(),
    lambda: c.Area(),
    lambda: Circle.are,
    lambda: math.PI,
    lambda: math.sqr(4),
    lambda: string.lowercase,
    lambda: "abc".uppercase(),
    lambda: [1, 2].lenght,
    lambda: {1: 2}.iteritems(),
    lambda: (1).to_bytes_(),
    lambda: None.strip(),
    lambda: c.x_y_z_w_q,
    lambda: object().foo,
    lambda: type.mro_,
]
for p in probes:
    try:
        p()
    except AttributeError as e:
        print(f"{e!s} | name={e.name!r} | obj={type(e.obj).__name__}")
print(c.radus)
