# submit with positional and keyword arguments, and lambdas
from concurrent.futures import ThreadPoolExecutor
import functools
def fmt(value, *, width=5, fill="."):
    return str(value).rjust(width, fill)
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(fmt, 42).result())
    print(ex.submit(fmt, 42, width=8, fill="*").result())
    print(ex.submit(lambda: fmt(7, width=3)).result())
    print(list(ex.map(functools.partial(fmt, width=4), [1, 22, 333])))
    try:
        ex.submit(fmt, 1, 2).result()
    except TypeError as e:
        print("TypeError:", e)
