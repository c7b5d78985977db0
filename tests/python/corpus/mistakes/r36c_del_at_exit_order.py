# objects with __del__ left in globals when the program ends with an error
class Temp:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("cleanup", self.name)

a = Temp("a")
b = Temp("b")
items = [Temp("c"), Temp("d")]
del b
print("working")
raise RuntimeError("crash before cleanup")
