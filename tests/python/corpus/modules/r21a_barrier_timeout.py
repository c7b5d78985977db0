# Barrier timeout breaks the barrier; later waits raise BrokenBarrierError
import threading
b = threading.Barrier(2, timeout=0.2)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken)
b2 = threading.Barrier(1)
print(b2.wait(), b2.wait())
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted")
