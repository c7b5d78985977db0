def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_] if verb.startswith("#"):
            return "comment"
        case []:
            return "say something"
        case [verb, *args]:
            return f"unknown verb {verb!r} ({len(args)} args)"

for c in ["go north", "go up", "take lamp key", "take", "quit", "# note", "", "dance wildly now"]:
    print(f"{c!r:20} -> {run(c)}")
