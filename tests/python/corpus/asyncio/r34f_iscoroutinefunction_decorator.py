# A decorator that works on both sync and async functions by checking iscoroutinefunction.
import asyncio
import functools
import inspect

def logged(fn):
    if asyncio.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            print(f"-> await {fn.__name__}{args}")
            result = await fn(*args, **kwargs)
            print(f"<- {fn.__name__} = {result!r}")
            return result
    else:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"-> call {fn.__name__}{args}")
            return fn(*args, **kwargs)
    return wrapper

@logged
async def fetch(x):
    await asyncio.sleep(0.01)
    return {"id": x}

@logged
def add(a, b):
    return a + b

async def main():
    print(add(2, 3))
    await fetch(7)
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(add))
    print(fetch.__name__, fetch.__wrapped__.__name__, asyncio.iscoroutine(fetch(1)))

asyncio.run(main())
