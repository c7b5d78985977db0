# Mistake: an error deep in a subgenerator reached through yield from.
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), value.strip()

def sections(text):
    for block in text.split(";"):
        yield from parse(block.split(","))

config = "a=1, b=2; c=3, d; e=5"
for key, value in sections(config):
    print(key, "->", value)
