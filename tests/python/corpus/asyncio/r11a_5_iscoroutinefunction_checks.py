import asyncio
import functools
import inspect


async def coro_fn():
    pass


def plain():
    pass


async def agen():
    yield


class K:
    async def method(self):
        pass

    @staticmethod
    async def static():
        pass


partial_coro = functools.partial(coro_fn)
for obj in [coro_fn, plain, agen, K().method, K.static, partial_coro, lambda: None]:
    print(getattr(obj, "__name__", type(obj).__name__), asyncio.iscoroutinefunction(obj),
          inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj))
c = coro_fn()
print(asyncio.iscoroutine(c), inspect.iscoroutine(c), asyncio.iscoroutine(plain))
c.close()
