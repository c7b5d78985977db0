class Dog:
    def __init__(self, name):
        name = name

    def bark(self):
        print(self.name + " says woof")

Dog("rex").bark()
