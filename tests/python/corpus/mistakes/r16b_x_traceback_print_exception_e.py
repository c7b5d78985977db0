# traceback.print_exception(e) with the 3.10+ one-argument form, caret lines included
import traceback

def ratio(a, b):
    return a / b

try:
    ratio(1, 0)
except ZeroDivisionError as e:
    traceback.print_exception(e)
print("after")
