from enum import Enum

class Status(Enum):
    ACTIVE = "active"
    DONE = "done"

print(Status("done"))
try:
    Status["active"]
except KeyError as e:
    print("KeyError:", e)
try:
    Status.ACTIVE = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
print(Status.ACTIVE < Status.DONE)
