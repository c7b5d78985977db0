# Tracebacks through a property, __repr__ called by print, a map() consumed later, and a sort key
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def kelvin(self):
        return self.c + 273.15

    def __repr__(self):
        return f"Temp({self.kelvin:.1f}K)"


temps = [Temp(20), Temp(25)]
print(temps)
converted = map(lambda t: t.kelvin, temps + [Temp("hot")])
print("map created")
try:
    print(sorted(temps + [Temp(None)], key=lambda t: t.kelvin))
except TypeError as e:
    print("sort failed:", e)
print(list(converted))
