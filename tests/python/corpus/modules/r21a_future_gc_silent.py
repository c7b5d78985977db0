# A failed concurrent.futures.Future dropped without result() prints nothing
from concurrent.futures import ThreadPoolExecutor, Future
import gc
ex = ThreadPoolExecutor(1)
f = ex.submit(int, "nope")
f.exception()
del f
g = ex.submit(int, "nope2")
ex.shutdown()
del g
gc.collect()
h = Future()
h.set_exception(OSError("disk"))
del h
gc.collect()
print("no warnings expected")
