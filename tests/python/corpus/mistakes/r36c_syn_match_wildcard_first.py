# dispatching commands with match, catch-all first "to be safe"
def handle(cmd):
    match cmd.split():
        case _:
            return "unknown"
        case ["go", direction]:
            return f"going {direction}"
        case ["quit"]:
            return "bye"

print(handle("go north"))
