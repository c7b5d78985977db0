class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    def __str__(self):
        return f"{self.celsius():.1f} °C"
    def __repr__(self):
        return f"Temperature({self.kelvin})"
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError(f"invalid kelvin {self.kelvin}")
        return self.kelvin - 273.15

readings = [Temperature(300), Temperature(273.15), Temperature(-5)]
print(readings)
for t in readings[:2]:
    print(t, f"[{t}]", str(t), "{}".format(t))
try:
    print(f"reading: {readings[2]}")
except ValueError as e:
    print("ValueError:", e)
print("list uses repr:", readings[2:])
print(*readings, sep=" | ")
