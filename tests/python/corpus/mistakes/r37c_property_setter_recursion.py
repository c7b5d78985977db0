# a temperature class whose setter checks the value, then stores it under the same name
class Thermo:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self.celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self.celsius = value

t = Thermo(20)
print(t.celsius)
