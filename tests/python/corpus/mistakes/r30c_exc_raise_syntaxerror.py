# Raising SyntaxError by hand from a tiny config parser.
def parse(lines):
    for n, line in enumerate(lines, 1):
        if "=" not in line:
            raise SyntaxError("expected key = value", ("settings.cfg", n, len(line) + 1, line))
    return dict(l.split("=") for l in lines)

print(parse(["a=1"]))
parse(["a=1", "b 2"])
