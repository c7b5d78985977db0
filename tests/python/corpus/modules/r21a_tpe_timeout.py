# result(timeout) raises TimeoutError; future states
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FTE
import time
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(time.sleep, 0.4)
    g = ex.submit(lambda: "second")
    try:
        f.result(timeout=0.1)
    except FTE as e:
        print("timed out:", type(e).__name__, FTE is TimeoutError)
    print("running:", f.running(), "g pending cancel:", g.cancel())
    print(f.result(), g.cancelled())
print(repr(f).split(" ")[0], f._state if hasattr(f, "_state") else "")
