# Errors raised while printing: a buggy __repr__ inside a list, and a bad expression inside an f-string
class Sensor:
    def __init__(self, name, reading):
        self.name, self.reading = name, reading

    def __repr__(self):
        return f"Sensor({self.name}, {self.reading:.1f})"


sensors = [Sensor("t1", 21.456), Sensor("t2", 19.0)]
print(sensors)
try:
    print(f"avg: {sum(s.reading for s in sensors) / len(sensors):.2f} max: {max(sensors).name}")
except TypeError as e:
    print("TypeError:", e)
sensors.append(Sensor("t3", "n/a"))
print(f"{len(sensors)} sensors: {sensors}")
