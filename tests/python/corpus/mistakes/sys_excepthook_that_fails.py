# An excepthook with a bug of its own: CPython prints both tracebacks,
# "Error in sys.excepthook:" and then "Original exception was:".
import sys


def hook(kind, value, tb):
    print("handling", kind.__name__)
    print("detail:", value.detail)


sys.excepthook = hook
try:
    sys.__excepthook__(1, 2)
except TypeError as e:
    print("TypeError:", e)
scores = {"ann": 3}
print(scores["bob"])
