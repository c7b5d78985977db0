# Awaiting a property that returns a coroutine, and await super().method() in a subclass
import asyncio


class Base:
    async def load(self):
        await asyncio.sleep(0)
        return ["base"]

    @property
    async def ready(self):
        await asyncio.sleep(0)
        return True


class Child(Base):
    async def load(self):
        data = await super().load()
        return data + ["child"]

    @property
    def status(self):
        return self.load()


async def main():
    c = Child()
    print(await c.load())
    print(await c.ready)
    print(await c.status)
    pending = c.ready
    print(type(pending).__name__, pending.__qualname__)
    pending.close()
    print(c.ready is c.ready)


asyncio.run(main())
