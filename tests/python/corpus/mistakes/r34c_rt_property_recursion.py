# A property whose setter assigns to itself instead of the private name
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self.celsius = value

t = Temperature(21)
print(t.celsius)
