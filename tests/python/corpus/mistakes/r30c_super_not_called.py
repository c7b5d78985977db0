# A subclass __init__ that forgets super().__init__.
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels

class Bike(Vehicle):
    def __init__(self, color):
        self.color = color

    def describe(self):
        return f"{self.color} bike with {self.wheels} wheels"

print(Bike("red").describe())
