# Future.result with a computed float timeout, as map() does internally
from concurrent.futures import ThreadPoolExecutor
import time
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (time.sleep(0.1), "ok")[1])
    end = time.monotonic() + 0.5
    print(f.result(end - time.monotonic()))
    g = ex.submit(lambda: (time.sleep(0.1), "ok2")[1])
    print(g.result(timeout=1))
