# The match statement on command tuples, with captures, guards, OR patterns and a wildcard
def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walking {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [n] if n.isdigit():
            return f"number {int(n)}"
        case []:
            return "empty"
        case _:
            return f"unknown: {cmd!r}"


for c in ["go north", "go up", "take lamp key", "take", "exit", "42", "", "dance now"]:
    print(f"{c!r:16} -> {run(c)}")
