# Capturing and formatting tracebacks with the traceback module instead of crashing.
import traceback
import sys
import re

def clean(text):
    return re.sub(r'File "[^"]*/', 'File "', text)

def parse(text):
    return int(text)

def load(items):
    return [parse(x) for x in items]

try:
    load(["1", "two"])
except ValueError:
    print(clean(traceback.format_exc()), end="")
    etype, evalue, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno) for f in frames])
    print(frames[-1].line, "|", etype.__name__)

try:
    {}["k"]
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, list(te.format_exception_only()))

def outer():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("wrapped") from exc

try:
    outer()
except RuntimeError:
    print(clean("".join(traceback.format_exc())), end="")
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno, len(traceback.format_list(stack)))
