# functools.partial for the delay and a timing decorator with functools.wraps.
import asyncio
import functools
import time

def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            result = await fn(*args, **kwargs)
            elapsed = time.perf_counter() - t0
            print(f"[{label}] {fn.__name__}{args} -> {result} in >= {fn.__name__ and args[0] * kwargs.get('delay', 0.1):.1f}s: {elapsed >= args[0] * kwargs.get('delay', 0.1) - 1e-3}")
            return result
        return wrapper
    return deco

@timed("fact")
async def factorial(n, *, delay=0.1):
    """Return n! slowly."""
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r

async def main():
    quick = functools.partial(factorial, delay=0.1)
    print(quick.func is factorial, quick.args, quick.keywords)
    print(factorial.__name__, factorial.__doc__, factorial.__wrapped__.__name__)
    print(await asyncio.gather(quick(4), factorial(2), functools.partial(quick, 3)()))
    p = functools.partial(int, base=2)
    print(p("101"), p("111", base=8), repr(functools.partial(max, 1)))

asyncio.run(main())
