# logging.exception inside an except block logs the traceback.
import logging

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    logging.exception("could not divide %d by %d", 1, 0)
print("continuing")
