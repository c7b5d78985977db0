# sys.exc_info() outside and inside an except block
import sys

print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb.tb_lineno)
