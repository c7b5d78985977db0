# a debug print that finds the variable's name in the caller's locals
import sys

def show(value):
    caller = sys._getframe(1)
    names = [n for n, v in caller.f_locals.items() if v is value]
    print(f"{names[0] if names else '?'} = {value!r} (line {caller.f_lineno})")

def compute():
    width = 7
    height = 3
    show(width)
    show(height)
    area = width * height
    show(area)
    show(width * 100)

compute()
