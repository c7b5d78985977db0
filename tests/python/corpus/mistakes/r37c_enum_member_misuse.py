# an enum of HTTP codes used like plain numbers
from enum import Enum

class Status(Enum):
    OK = 200
    NOT_FOUND = 404

print(Status.OK == 200, Status(404).name)
try:
    Status.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
print(Status.OK.value + 1)
print(Status.OK + 1)
