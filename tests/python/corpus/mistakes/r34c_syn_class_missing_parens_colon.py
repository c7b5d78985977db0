# A class header where I wrote the base class with a missing colon
class Animal:
    def speak(self):
        return "..."

class Dog(Animal)
    def speak(self):
        return "woof"

print(Dog().speak())
