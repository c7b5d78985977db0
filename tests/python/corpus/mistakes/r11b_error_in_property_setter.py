# A property setter validating its value, and a property with no setter.
class Thermostat:
    def __init__(self):
        self._target = 20

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not 5 <= value <= 30:
            raise ValueError(f"target {value} outside 5..30")
        self._target = value

    @property
    def mode(self):
        return "heat" if self._target > 18 else "eco"

t = Thermostat()
t.target = 22
print(t.target, t.mode)
try:
    t.mode = "cool"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.mode
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.target = "25"
except TypeError as e:
    print("TypeError:", e)
t.target = 35
