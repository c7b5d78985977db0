from abc import ABC, abstractmethod
from enum import Enum


class Describable(ABC):
    @abstractmethod
    def describe(self):
        ...


class Color(Describable, Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


print(Color.RED.describe())
