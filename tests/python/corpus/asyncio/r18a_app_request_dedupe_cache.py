# a cache that shares one in-flight Future between concurrent requests for a key
import asyncio

calls = []

class Cache:
    def __init__(self):
        self.futures = {}

    async def get(self, key):
        fut = self.futures.get(key)
        if fut is None:
            fut = asyncio.get_running_loop().create_future()
            self.futures[key] = fut
            try:
                fut.set_result(await self.load(key))
            except Exception as e:
                fut.set_exception(e)
                del self.futures[key]
        return await fut

    async def load(self, key):
        calls.append(key)
        await asyncio.sleep(0.05)
        if key == 'bad':
            raise KeyError(key)
        return key.upper()

async def main():
    c = Cache()
    res = await asyncio.gather(*(c.get(k) for k in ['a', 'b', 'a', 'a', 'bad', 'bad']),
                               return_exceptions=True)
    print([r if isinstance(r, str) else repr(r) for r in res])
    print('loads:', calls)
    print(await c.get('a'), await asyncio.gather(c.get('bad'), return_exceptions=True))
    print('loads:', calls, 'cached:', sorted(c.futures))

asyncio.run(main())
