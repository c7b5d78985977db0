# json.dumps of IntEnum, StrEnum and Enum members, and of dataclass asdict results that contain them
import json
from dataclasses import dataclass, asdict, field
from enum import Enum, IntEnum, StrEnum


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Kind(StrEnum):
    BUG = "bug"
    FEATURE = "feature"


class Color(Enum):
    RED = "red"


@dataclass
class Ticket:
    title: str
    priority: Priority
    kind: Kind
    tags: list = field(default_factory=list)


t = Ticket("crash on start", Priority.HIGH, Kind.BUG, ["ui"])
print(json.dumps(asdict(t)))
print(json.dumps({Priority.LOW: "low", Kind.FEATURE: 1}), json.dumps([Priority.HIGH, Kind.BUG]))
print(asdict(t)["priority"] is Priority.HIGH, repr(asdict(t)["kind"]))
print(json.dumps(Color.RED.value), json.dumps({"c": Color.RED}, default=lambda e: e.name))
print(json.dumps(Color.RED))
