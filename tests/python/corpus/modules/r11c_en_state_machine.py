from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.STOPPED},
    State.PAUSED: {State.RUNNING, State.STOPPED},
    State.STOPPED: set(),
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
    def go(self, new):
        if new not in TRANSITIONS[self.state]:
            raise RuntimeError(f"cannot go from {self.state.name} to {new.name}")
        print(f"{self.state} -> {new}")
        self.state = new

m = Machine()
for s in [State.RUNNING, State.PAUSED, State.RUNNING, State.STOPPED]:
    m.go(s)
try:
    m.go(State.IDLE)
except RuntimeError as e:
    print("RuntimeError:", e)
print({s: s.value for s in State})
print(State.PAUSED.value, State(2).name)
match m.state:
    case State.STOPPED:
        print("done")
    case _:
        print("still going")
