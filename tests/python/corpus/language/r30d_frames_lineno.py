# sys._getframe and inspect.currentframe: function names, line numbers and the caller chain
import inspect
import sys


def where():
    f = sys._getframe(1)
    return f"{f.f_code.co_name}:{f.f_lineno}"


def helper():
    print("called from", where())
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_lineno)
    print(sorted(frame.f_locals), "x" in frame.f_back.f_locals)


def main():
    x = 1
    helper()
    print("main at", where())


main()
print(where())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
print(sys._getframe().f_back)
