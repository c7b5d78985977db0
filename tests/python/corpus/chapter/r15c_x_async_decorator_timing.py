# a decorator that times an async worker; functools.wraps keeps its name
import asyncio
import functools
import inspect
import time

def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            took = time.perf_counter() - start
            print(f'{func.__name__}{args} took at least 0.1 s: {took >= 0.1}')
    return wrapper

def not_async(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@timed
async def worker(label, delay=0.1):
    await asyncio.sleep(delay)
    return label

async def do_something():
    print(worker.__name__, worker.__wrapped__.__name__, inspect.iscoroutinefunction(worker))
    print(await asyncio.gather(worker('A'), worker('B', 0.2)))
    plain = not_async(worker)
    print(inspect.iscoroutinefunction(plain), asyncio.iscoroutinefunction(plain), await plain('C'))

asyncio.run(do_something())
