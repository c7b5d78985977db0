import os
import re
import sys
import traceback

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    print(re.sub(r'File ".*/', 'File "', traceback.format_exc()), end="")
    print("---")
    info = sys.exc_info()
    print(info[0].__name__, info[1])
    frames = traceback.extract_tb(info[2])
    for fr in frames:
        print(fr.name, fr.lineno, fr.line, os.path.basename(fr.filename))

try:
    int("abc")
except ValueError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    print(len(traceback.format_tb(e.__traceback__)))

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError:
    text = traceback.format_exc()
    print(text.count("Traceback"), "direct cause" in text)
print(repr(traceback.format_exc()))
print(sys.exc_info())
