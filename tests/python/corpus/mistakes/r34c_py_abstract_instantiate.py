# Instantiating a subclass that forgot to implement one abstract method
from abc import ABC, abstractmethod

class Storage(ABC):
    @abstractmethod
    def read(self, key): ...

    @abstractmethod
    def write(self, key, value): ...

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

store = MemoryStorage()
