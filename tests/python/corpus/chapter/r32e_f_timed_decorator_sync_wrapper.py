# my timing decorator's wrapper isn't async, so it times making the coroutine
import asyncio
import time

def timed(func):
    def wrapper(*args):
        start = time.perf_counter()
        result = func(*args)
        print(func.__name__, 'took under 0.01 s?', time.perf_counter() - start < 0.01)
        return result
    return wrapper

@timed
async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r

async def main():
    print(await factorial(4))

asyncio.run(main())
