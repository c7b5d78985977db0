# my mini-language raises a SyntaxError with the position, like Python's own
import traceback

def parse(line, lineno):
    if "==" in line and line.count("=") > 2:
        col = line.index("===") + 1
        raise SyntaxError("too many equals", ("rules.txt", lineno, col, line + "\n", lineno, col + 3))
    return line.split("==")

rules = ["a == 1", "b === 2"]
for n, r in enumerate(rules, 1):
    try:
        print(parse(r, n))
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_offset)
        print(str(e))
        print("".join(traceback.format_exception_only(type(e), e)), end="")
parse(rules[1], 2)
