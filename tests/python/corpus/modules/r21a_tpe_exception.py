# Exceptions in executor jobs: result() re-raises, exception() returns it
from concurrent.futures import ThreadPoolExecutor
def risky(n):
    if n == 2:
        raise ValueError(f"bad {n}")
    return n
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(risky, i) for i in range(4)]
for f in fs:
    e = f.exception()
    print(repr(e) if e else f.result())
try:
    fs[2].result()
except ValueError as e:
    print("re-raised:", e)
with ThreadPoolExecutor(2) as ex:
    try:
        print(list(ex.map(risky, range(4))))
    except ValueError as e:
        print("map raised:", e)
