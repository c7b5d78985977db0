# Which callables asyncio and inspect call coroutine functions: partials, methods, async __call__, lambdas
import asyncio
import functools
import inspect


async def fetch(url, timeout=1):
    return url


class Service:
    async def run(self):
        pass

    @staticmethod
    async def stat():
        pass


class CallMe:
    async def __call__(self):
        pass


cases = {
    "fetch": fetch,
    "partial": functools.partial(fetch, timeout=2),
    "method": Service().run,
    "staticmethod": Service.stat,
    "async __call__ instance": CallMe(),
    "lambda returning coro": lambda: fetch("x"),
    "builtin": print,
}
for name, fn in cases.items():
    print(f"{name:24} asyncio={asyncio.iscoroutinefunction(fn)!s:5} inspect={inspect.iscoroutinefunction(fn)}")
c = fetch("u")
print(asyncio.iscoroutine(c), inspect.isawaitable(c), asyncio.isfuture(c))
c.close()
