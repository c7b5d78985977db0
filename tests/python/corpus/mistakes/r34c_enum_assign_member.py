# Reassigning an enum member's value at runtime
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()

print(State.IDLE, State.RUNNING.value)
State.IDLE = 10
