# Assigning to a read-only property.
class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.fahrenheit)
t.fahrenheit = 100
