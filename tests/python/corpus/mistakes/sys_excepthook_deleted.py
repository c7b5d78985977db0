# sys.excepthook deleted (and the default called by hand first).
import sys

sys.__excepthook__(KeyError, KeyError("by hand"), None)
print("after the hand call")
del sys.excepthook
total = 0
for n in [3, 0]:
    total += 10 // n
print(total)
