from enum import Enum, auto

class Cmd(Enum):
    START = auto()
    STOP = auto()
    PAUSE = auto()

def handle(cmd):
    match cmd:
        case Cmd.START:
            return "starting"
        case Cmd.STOP | Cmd.PAUSE:
            return f"halting ({cmd.name.lower()})"
        case _:
            return f"unknown {cmd!r}"

for c in [Cmd.START, Cmd.PAUSE, Cmd.STOP, "start"]:
    print(handle(c))

class Light(Enum):
    RED = "stop"
    GREEN = "go"
    def __str__(self):
        return self.value.upper()
    @property
    def next(self):
        return Light.GREEN if self is Light.RED else Light.RED
print(Light.RED, repr(Light.RED), Light.RED.next, f"{Light.GREEN!r}")
print(Cmd.START < Cmd.STOP)
