# A class keeps every instance in a class-level registry; __del__ runs only at exit.
class Sensor:
    registry = []

    def __init__(self, name):
        self.name = name
        Sensor.registry.append(self)

    def __del__(self):
        print("sensor", self.name, "shut down")

for name in ["temp", "humidity", "light"]:
    Sensor(name)
print("registered:", [s.name for s in Sensor.registry])
