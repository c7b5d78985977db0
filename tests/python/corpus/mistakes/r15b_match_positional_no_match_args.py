# Mistake: positional sub-patterns against a plain class without __match_args__.
class Command:
    def __init__(self, verb, target):
        self.verb = verb
        self.target = target

def run(cmd):
    match cmd:
        case Command("go", where):
            print("going", where)
        case _:
            print("unknown")

run(Command("go", "north"))
