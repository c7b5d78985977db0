# A friendlier sys.excepthook that prints a one-line summary instead of the traceback
import sys
import traceback


def friendly(exc_type, exc, tb):
    frames = traceback.extract_tb(tb)
    last = frames[-1]
    print(f"Oops! {exc_type.__name__}: {exc}", file=sys.stderr)
    print(f"  happened in {last.name}() at line {last.lineno}: {last.line}", file=sys.stderr)
    print(f"  ({len(frames)} frames deep)", file=sys.stderr)


sys.excepthook = friendly


def parse_age(text):
    return int(text)


def register(name, age_text):
    age = parse_age(age_text)
    print(f"{name} is {age}")


register("Ann", "31")
print(sys.excepthook is friendly, sys.__excepthook__ is not friendly)
register("Bob", "thirty")
print("never printed")
