import re
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(Color.__members__)
print(list(Color.__members__))
print(repr(Color.__members__), [pat_ for pat_ in [Color.__members__]])
pat = re.compile(r"(?P<key>\w+)=(?P<value>\w+)")
print(pat.groupindex)
print(dict(pat.groupindex))
Color.__members__["BLUE"] = 3
