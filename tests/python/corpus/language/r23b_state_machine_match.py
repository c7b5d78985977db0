from enum import Enum, auto
from dataclasses import dataclass

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

@dataclass
class Event:
    kind: str
    payload: dict | None = None

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def handle(self, event):
        before = self.state
        match (self.state, event):
            case (State.IDLE, Event("start")):
                self.state = State.RUNNING
            case (State.RUNNING, Event("pause")):
                self.state = State.PAUSED
            case (State.PAUSED, Event("resume")):
                self.state = State.RUNNING
            case (State.RUNNING | State.PAUSED, Event("stop", {"reason": reason})):
                self.log.append(f"stopped because {reason}")
                self.state = State.STOPPED
            case (State.STOPPED, _):
                raise RuntimeError(f"machine stopped; cannot handle {event.kind!r}")
            case (s, Event(kind)):
                self.log.append(f"ignored {kind} in {s.name}")
        print(f"{before.name:8} --{event.kind:>6}--> {self.state.name}")

m = Machine()
for ev in [Event("pause"), Event("start"), Event("pause"), Event("start"), Event("resume"),
           Event("stop", {"reason": "done", "extra": 1}), Event("stop")]:
    try:
        m.handle(ev)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(m.log)
print(State.RUNNING in {State.RUNNING: 1}, State["PAUSED"], State(3))
State(9)
