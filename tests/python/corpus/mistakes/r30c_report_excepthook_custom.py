# A custom sys.excepthook that prints a short message, then a bug inside it.
import sys

def friendly(exc_type, exc, tb):
    print(f"Oops: {exc_type.__name__}: {exc}")
    print("line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_filename.endswith(".py"))
    print(tb.tb_next.tb_lineno)

sys.excepthook = friendly
numbers = [1, 2, 3]
print(numbers[3])
