# A text adventure command parser written with structural pattern matching.
def handle(cmd):
    match cmd.split():
        case []:
            return "say something"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"you walk {d}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, *more] if more:
            return f"taking {item} and {len(more)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb!r} with args {args}"

for c in ["", "go north", "go up", "take lamp", "take lamp key rope", "exit", "dance wildly now"]:
    print(repr(c), "->", handle(c))

def describe(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": t}:
            return f"other {t}"
        case int() | float() as n if n < 0:
            return "negative number"
        case _:
            return "?"

for e in [{"type": "click", "pos": (1, 2), "btn": 1}, {"type": "key", "key": "q"},
          {"type": "key", "key": "shift"}, -3.5, 7, {"pos": 1}]:
    print(describe(e))
