# printing a caught error with traceback.print_exception(e), then with a limit
import sys, traceback

def level3():
    return {}["missing"]

def level2():
    return level3()

def level1():
    return level2()

try:
    level1()
except KeyError as e:
    traceback.print_exception(e, file=sys.stderr)
    print("---", file=sys.stderr)
    traceback.print_exception(e, limit=1, file=sys.stderr)
    print("---", file=sys.stderr)
    print(traceback.format_exception_only(e))
