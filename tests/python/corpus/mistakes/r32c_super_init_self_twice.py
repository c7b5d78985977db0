# Passing self explicitly to super().__init__.
class Animal:
    def __init__(self, name):
        self.name = name

class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(self, name)
        self.indoor = indoor

c = Cat("tom", True)
print(c.name)
