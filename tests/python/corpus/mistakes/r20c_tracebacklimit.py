# sys.tracebacklimit limits printed frames
import sys
def a(n):
    if n == 0:
        raise ValueError("deep")
    return a(n - 1)
sys.tracebacklimit = 2
print("limit set")
a(5)
