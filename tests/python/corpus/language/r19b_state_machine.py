# A simple state machine: vending machine with enum states and transitions table
from enum import Enum

class State(Enum):
    IDLE = "idle"
    HAS_COIN = "has_coin"
    VENDING = "vending"
    OUT = "out_of_stock"

    def __str__(self):
        return self.value.replace("_", " ")

class InvalidTransition(Exception):
    pass

TRANSITIONS = {
    (State.IDLE, "coin"): State.HAS_COIN,
    (State.HAS_COIN, "refund"): State.IDLE,
    (State.HAS_COIN, "push"): State.VENDING,
    (State.VENDING, "take"): State.IDLE,
}

class Machine:
    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = stock
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} while {self.state}")
        new = TRANSITIONS[key]
        if new is State.VENDING:
            self.stock -= 1
        if new is State.IDLE and self.stock == 0:
            new = State.OUT
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new

m = Machine(stock=2)
for ev in "coin push take coin refund coin push take coin".split():
    try:
        m.fire(ev)
        print(f"{ev:>6}: now {m.state} (stock {m.stock})")
    except InvalidTransition as e:
        print(f"{ev:>6}: ERROR {e}")
print(" | ".join(m.log))
print(list(State), State("idle"), State.OUT.value, len(State), State.IDLE in State)
print({s.name: s.value for s in State})
print(State.IDLE == "idle", State.IDLE.value == "idle", State.IDLE is State("idle"))
match m.state:
    case State.OUT:
        print("matched OUT")
    case State.IDLE | State.HAS_COIN:
        print("idle-ish")
m.fire("coin")
