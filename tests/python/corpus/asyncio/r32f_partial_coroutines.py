# functools.partial of coroutine functions, async methods, classmethods and an async __call__
import asyncio
import functools

async def greet(greeting, name, punct="!"):
    await asyncio.sleep(0.001)
    return f"{greeting}, {name}{punct}"

class Service:
    prefix = "svc"
    async def handle(self, x):
        return f"{self.prefix}:{x}"
    @classmethod
    async def create(cls):
        return cls()
    async def __call__(self, x):
        return await self.handle(x * 2)

async def main():
    hello = functools.partial(greet, "Hello", punct="?")
    print(asyncio.iscoroutinefunction(hello), await hello("Ann"))
    tasks = [asyncio.create_task(hello(n)) for n in ("Bo", "Cy")]
    print(await asyncio.gather(*tasks))
    svc = await Service.create()
    print(await svc.handle(1), await svc(5))
    print(asyncio.iscoroutinefunction(svc), asyncio.iscoroutinefunction(Service.create))

asyncio.run(main())
