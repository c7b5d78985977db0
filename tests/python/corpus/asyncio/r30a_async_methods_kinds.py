# Async instance, class and static methods, an async __call__, and a partial of an async function
import asyncio
import functools

class Service:
    prefix = "svc"
    async def get(self, x):
        await asyncio.sleep(0)
        return f"{self.prefix}:{x}"
    @classmethod
    async def build(cls):
        await asyncio.sleep(0)
        return cls()
    @staticmethod
    async def ping():
        return "pong"
    async def __call__(self, n):
        return n * 3

async def add(a, b):
    return a + b

async def main():
    s = await Service.build()
    print(await s.get(1), await Service.ping(), await s(4))
    p = functools.partial(add, 10)
    print(asyncio.iscoroutinefunction(p), await p(5))
    t = asyncio.create_task(p(b=1))
    print(await t)
    print(asyncio.iscoroutinefunction(s), asyncio.iscoroutinefunction(Service.__call__))

asyncio.run(main())
