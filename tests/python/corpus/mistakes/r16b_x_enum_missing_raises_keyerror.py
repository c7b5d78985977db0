# An Enum whose _missing_ raises KeyError: the ValueError is its context
from enum import Enum
class Color(Enum):
    RED = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
Color(5)
