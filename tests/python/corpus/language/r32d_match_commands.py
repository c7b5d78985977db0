# A text adventure's command parser written with match: literals, captures, guards, classes
from dataclasses import dataclass


@dataclass
class Move:
    direction: str
    steps: int = 1


def parse(cmd):
    match cmd.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return Move(d)
        case ["go", d, n] if n.isdigit():
            return Move(d, int(n))
        case ["take", *things] if things:
            return f"taking {', '.join(things)}"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def run(action):
    match action:
        case Move(direction="north", steps=s):
            return f"north x{s}"
        case Move(d, s) if s > 2:
            return f"long walk {d}"
        case Move():
            return f"walk {action.direction}"
        case str() as s:
            return s.upper()
        case {"hp": int(hp), **rest}:
            return f"hp={hp} rest={rest}"
        case _:
            return "?"


for c in ["go north", "go west 5", "go up 1", "take lamp key", "", "dance now", "exit"]:
    print(repr(c), "->", run(parse(c)))
print(run({"hp": 3, "mp": 1}), run({"hp": "x"}), run(3.5))
