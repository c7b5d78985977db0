# A mistake: assigning to an enum member
from enum import Enum
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
print(State.IDLE, State("running"))
State.IDLE = "waiting"
