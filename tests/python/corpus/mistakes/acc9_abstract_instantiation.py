# Instantiating an abstract class.
from abc import ABC, abstractmethod

class Job(ABC):
    @abstractmethod
    async def run(self): ...

    @abstractmethod
    def name(self): ...

Job()
