# Misspelt an attribute I set in __init__.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def fahrenheit(self):
        return self.celcius * 9 / 5 + 32

t = Temperature(20)
print(t.fahrenheit())
