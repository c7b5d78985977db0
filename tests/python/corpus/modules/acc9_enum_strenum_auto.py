# enum: StrEnum with auto (lower-case names), _generate_next_value_, member methods and properties.
from enum import Enum, StrEnum, IntEnum, auto

class Method(StrEnum):
    GATHER = auto()
    AS_COMPLETED = auto()

class Step(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name.title()}"
    FIRST = auto()
    SECOND = auto()

class Priority(IntEnum):
    LOW = 10
    HIGH = auto()

    @property
    def label(self):
        return self.name.capitalize()

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

print(list(Method), Method.GATHER == "gather", f"{Method.AS_COMPLETED}", Method("gather"), Method.GATHER.upper())
print([s.value for s in Step], Step.SECOND)
print(Priority.HIGH, Priority.HIGH.value, Priority.parse("low").label, Priority.LOW < Priority.HIGH)
try:
    Priority.parse("mid")
except KeyError as e:
    print("KeyError:", e)
print(Method.__members__.keys(), type(Method.GATHER).__mro__[:3])
