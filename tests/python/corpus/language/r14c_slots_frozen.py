# __slots__ on a Point, and a frozen dataclass used as a dict key and in a set.
from dataclasses import dataclass, FrozenInstanceError

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

home = Coord(52.5, 13.4)
places = {home: "home", Coord(48.9, 2.35): "paris"}
print(places[Coord(52.5, 13.4)], len({home, Coord(52.5, 13.4)}), home)
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(home) == hash(Coord(52.5, 13.4)))
