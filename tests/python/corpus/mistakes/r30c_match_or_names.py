# Alternatives in a case that bind different names.
def parse(cmd):
    match cmd.split():
        case ["go", direction] | ["move", where]:
            return direction
        case _:
            return None

print(parse("go north"))
