# traceback module: print_exc to stderr and format_exception_only
import traceback, sys
def f():
    return {}["k"]
try:
    f()
except KeyError:
    traceback.print_exc()
    print("--")
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
try:
    1 / 0
except ZeroDivisionError as e:
    sys.stderr.write("".join(traceback.format_exception(e)))
