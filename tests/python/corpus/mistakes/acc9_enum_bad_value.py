# An Enum looked up with a value it does not have.
from enum import Enum

class State(Enum):
    READY = 1
    DONE = 2

print(State(1))
print(State(3))
