# A method in a class whose body is not indented.
class Worker:
    def __init__(self, name):
    self.name = name

w = Worker("w1")
print(w.name)
