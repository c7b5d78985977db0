# Typed named tuples: class syntax and the functional form from older tutorials
from typing import NamedTuple, Optional

class City(NamedTuple):
    name: str
    population: int
    country: str = "?"

    def density(self, area_km2: float) -> float:
        return round(self.population / area_km2, 1)

Point = NamedTuple("Point", [("x", float), ("y", float)])
Color = NamedTuple("Color", r=int, g=int, b=int)

paris = City("Paris", 2_102_650, "FR")
print(paris, paris.density(105.4), paris._asdict(), City._field_defaults)
print(City("Atlantis", 0), paris._replace(population=2_200_000).population)
p = Point(1.5, -2.0)
print(p, p.x + p.y, Point._fields, Point.__annotations__, tuple(p), p == (1.5, -2.0))
c = Color(255, 128, 0)
print(c, "#%02x%02x%02x" % c, c._replace(b=255), Color.__annotations__)
print(Optional[int] == int | None, Optional[str] == (str | None))
