# pickle round trips of built-ins, a dataclass and a class with __getstate__/__setstate__
import pickle
from dataclasses import dataclass


@dataclass
class Score:
    player: str
    points: int


class Session:
    def __init__(self, user):
        self.user, self.cache = user, {"big": list(range(5))}

    def __getstate__(self):
        return {"user": self.user}

    def __setstate__(self, state):
        self.user, self.cache = state["user"], {}


data = {"ints": [1, 2, 3], "tuple": (1, "a"), "set": {3}, "none": None, "score": Score("ann", 7)}
blob = pickle.dumps(data)
print(type(blob).__name__, pickle.loads(blob))
print(pickle.dumps([1, "a"], protocol=0))
print(pickle.dumps((1, 2), protocol=2))
s = pickle.loads(pickle.dumps(Session("bob")))
print(s.user, s.cache)
print(pickle.loads(pickle.dumps(Score)) is Score)
pickle.dumps(x for x in "ab")
