# Mixing an ABC with a class that has its own metaclass
from abc import ABC, abstractmethod

class Meta(type):
    pass

class Tracked(metaclass=Meta):
    pass

class Worker(ABC):
    @abstractmethod
    def run(self): ...

class MyWorker(Tracked, Worker):
    def run(self):
        return "running"

print(MyWorker().run())
