# ThreadPoolExecutor.map keeps input order even when results finish out of order
from concurrent.futures import ThreadPoolExecutor
import time
def slow_echo(d):
    time.sleep(d)
    return f"slept {d}"
t0 = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as ex:
    for r in ex.map(slow_echo, [0.3, 0.1, 0.2]):
        print(r)
print("about", round(time.monotonic() - t0, 1))
with ThreadPoolExecutor() as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
