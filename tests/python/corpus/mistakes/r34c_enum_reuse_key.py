# An enum where two members got the same name after copy-paste
from enum import Enum

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    TUE = 4

print(list(Weekday))
