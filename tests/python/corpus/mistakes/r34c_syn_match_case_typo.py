# A match statement with a typo in one of the case keywords
def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        cas ["look"]:
            return "looking"
        case _:
            return "what?"

print(describe("go north"))
