# Which callables asyncio.iscoroutinefunction and inspect.iscoroutinefunction recognise
import asyncio
import functools
import inspect


async def plain(x):
    return x


class Service:
    async def method(self):
        pass

    @staticmethod
    async def static():
        pass

    @classmethod
    async def klass(cls):
        pass

    async def __call__(self):
        pass


def sync_returning_coro():
    return plain(1)


cands = {
    "plain": plain,
    "partial": functools.partial(plain, 1),
    "bound": Service().method,
    "static": Service.static,
    "classmethod": Service.klass,
    "instance with async __call__": Service(),
    "lambda": lambda: plain(1),
    "sync returning coro": sync_returning_coro,
}
for name, fn in cands.items():
    print(f"{name:30} asyncio={asyncio.iscoroutinefunction(fn)!s:5} inspect={inspect.iscoroutinefunction(fn)}")
coro = sync_returning_coro()
print(asyncio.iscoroutine(coro), inspect.isawaitable(coro))
coro.close()
