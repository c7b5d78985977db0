# An error deep down a chain of helper calls.
def parse(line):
    name, qty = line.split("=")
    return name.strip(), int(qty)

def parse_all(lines):
    return dict(parse(l) for l in lines)

def load_inventory(text):
    lines = [l for l in text.splitlines() if l]
    return parse_all(lines)

text = """apples = 4
pears = 2
plums = many
"""
print(load_inventory(text))
