import atexit
import json


class StateFile:
    def __init__(self, path):
        self.path = path
        self.state = {"visits": 0, "tags": set()}

    def __repr__(self):
        return f"StateFile({self.path!r})"

    def __call__(self):
        print("saving", self.path)
        # bug: sets are not JSON serialisable
        text = json.dumps(self.state)
        print("wrote", len(text), "bytes")


store = StateFile("state.json")
atexit.register(store)
store.state["visits"] += 1
store.state["tags"].add("new")
print("visits:", store.state["visits"])
