class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e

def parse_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError("quiet failure") from None

def parse_implicit(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError("implicit")

for fn in (parse_int, parse_quiet, parse_implicit):
    try:
        fn("x1")
    except ParseError as e:
        print(fn.__name__, "->", e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("lookup failed") from ke
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

def outer():
    try:
        parse_int("abc")
    except ParseError as e:
        raise RuntimeError("outer failed")
outer()
