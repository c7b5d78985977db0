# "Async __init__" pattern: make the object awaitable so `obj = await Client(...)` does the setup.
import asyncio

class Client:
    def __init__(self, host):
        self.host = host
        self.connected = False

    async def _setup(self):
        await asyncio.sleep(0.01)
        self.connected = True
        return self

    def __await__(self):
        return self._setup().__await__()

    @classmethod
    async def create(cls, host):
        return await cls(host)

async def main():
    c = await Client("db.local")
    print(c.host, c.connected)
    c2 = await Client.create("cache.local")
    print(c2.host, c2.connected)
    c3 = Client("lazy.local")
    print(c3.connected)
    try:
        async def __init__(self): pass
        class Bad:
            __init__ = __init__
        Bad()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
