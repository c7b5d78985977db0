# hiding tracebacks from users by setting sys.tracebacklimit
import sys

def load(name):
    return {"a": 1}[name]

sys.tracebacklimit = 0
print(load("a"))
print(load("b"))
