# A recursion through a dunder that C calls back (__add__, a function that
# map() calls): natively, as deep as CPython's.  In wasm the browser's own
# stack holds each level's frames too, and such a recursion stops earlier
# (docs/python.md), so this program is native only.
c = 0
class B:
    def __add__(s, o):
        global c; c += 1; return s + o
try: B() + 1
except RecursionError: print("add", c)
c = 0
def m(x):
    global c; c += 1; return list(map(m, [x]))
try: m(1)
except RecursionError: print("map", c)
