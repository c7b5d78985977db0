# iscoroutine / iscoroutinefunction on functions, methods, partials and generators
import asyncio
import functools
import inspect

async def af(x):
    return x

class C:
    async def m(self):
        pass

def gen():
    yield

print(asyncio.iscoroutinefunction(af), inspect.iscoroutinefunction(af))
print(asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(gen))
print(asyncio.iscoroutinefunction(functools.partial(af, 1)))
c = af(1)
print(asyncio.iscoroutine(c), inspect.isawaitable(c), asyncio.iscoroutine(gen()))
c.close()
print(inspect.iscoroutinefunction(lambda: af(2)))
print(asyncio.isfuture(asyncio.Future), type(af).__name__, type(c).__name__)
