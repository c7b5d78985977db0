# Dog inherits from Animal, but I wrote Animal() with parentheses
class Animal:
    def __init__(self):
        self.legs = 4
    def speak(self):
        return "..."

class Dog(Animal()):
    def speak(self):
        return "woof"

print(Dog().speak())
