# Inheriting from an instance instead of a class.
class Animal:
    def speak(self):
        return "..."

pet = Animal()

class Dog(pet):
    def speak(self):
        return "woof"

print(Dog().speak())
