# Calling an instance method on the class itself.
class Dog:
    def __init__(self, name):
        self.name = name

    def bark(self):
        return self.name + " says woof"

print(Dog("rex").bark())
print(Dog.bark())
