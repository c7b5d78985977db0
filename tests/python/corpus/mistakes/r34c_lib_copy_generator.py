# Deep-copying a pipeline state that holds a live generator
import copy

def numbers():
    yield from range(3)

state = {"step": 1, "source": numbers(), "seen": [1, 2]}
shallow = copy.copy(state)
print(shallow["seen"] is state["seen"])
snapshot = copy.deepcopy(state)
