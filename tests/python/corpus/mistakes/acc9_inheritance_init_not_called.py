# A subclass __init__ that does not call the parent's.
class Base:
    def __init__(self):
        self.ready = True

class Worker(Base):
    def __init__(self, name):
        self.name = name

w = Worker("w1")
print(w.name)
print(w.ready)
