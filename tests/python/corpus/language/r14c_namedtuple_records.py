# namedtuple records: building from rows, sorting, _replace, _asdict and averages.
from collections import namedtuple

City = namedtuple("City", ["name", "country", "population", "area"])
rows = """Tokyo,JP,13960000,2194
Delhi,IN,16787941,1484
Paris,FR,2161000,105
Lagos,NG,15388000,1171"""
cities = [City(n, c, int(p), int(a)) for n, c, p, a in (line.split(",") for line in rows.splitlines())]
for c in sorted(cities, key=lambda c: c.population / c.area, reverse=True):
    print(f"{c.name:<6} {c.population / c.area:>10,.1f} per km2")
print(cities[0])
big = cities[2]._replace(population=2200000)
print(big, big._asdict()["population"], City._fields)
name, country, *_ = cities[1]
print(name, country, cities[1][2], len(cities[1]))
print(sum(c.population for c in cities) // len(cities))
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point(1, 2) == (1, 2), Point._make([3, 4]))
