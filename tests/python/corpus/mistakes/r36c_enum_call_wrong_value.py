# looking up a status enum by its label instead of its value
from enum import Enum

class Status(Enum):
    PENDING = 1
    RUNNING = 2
    DONE = 3

print(Status(2))
print(Status["DONE"])
print(Status("DONE"))
