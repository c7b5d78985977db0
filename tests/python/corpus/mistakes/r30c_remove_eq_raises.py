# list.remove and "in" calling an __eq__ that raises partway through the list.
class Reading:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if self.v is None:
            raise ValueError("missing reading")
        return self.v == other

readings = [Reading(1), Reading(2), Reading(None), Reading(4)]
print(2 in readings)
try:
    readings.remove(4)
except ValueError as e:
    print("remove failed:", e)
print(len(readings), [r.v for r in readings])
print(readings.index(4))
