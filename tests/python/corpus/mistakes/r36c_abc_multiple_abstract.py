# a base Worker with two abstract methods; the subclass only implements one
from abc import ABC, abstractmethod

class Worker(ABC):
    @abstractmethod
    def start(self): ...
    @abstractmethod
    def stop(self): ...
    @abstractmethod
    def status(self): ...

class Printer(Worker):
    def start(self):
        print("printing")

Printer().start()
