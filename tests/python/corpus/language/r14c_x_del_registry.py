# A class keeping a registry of its instances, with __del__ messages: del, close(), and the ones left at exit.
class Car:
    registry = []
    def __init__(self, name):
        self.name = name
        Car.registry.append(self)
        print("built", name)
    def scrap(self):
        Car.registry.remove(self)
    def __del__(self):
        print("scrapping", self.name)

a = Car("a")
Car("b")
c = Car("c")
print(len(Car.registry), [car.name for car in Car.registry])
c.scrap()
print("c scrapped from the registry, still named", c.name)
del c
print("after del c")
tmp = Car("tmp")
tmp.scrap()
tmp = None
print("left:", [car.name for car in Car.registry])
