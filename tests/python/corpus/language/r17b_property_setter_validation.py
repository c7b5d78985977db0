# A property with a setter that validates, used by a learner's Temperature class
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f'{value} is below absolute zero')
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(f'{t.celsius}C = {t.fahrenheit:.1f}F')
t.celsius = -40
print(f'{t.celsius}C = {t.fahrenheit:.1f}F')
try:
    t.celsius = -300
except ValueError as e:
    print('error:', e)
t.fahrenheit = 10
