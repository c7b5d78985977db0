# A cache that lets only one coroutine fetch a key while the others await the same future
import asyncio

calls = []


class SingleFlight:
    def __init__(self):
        self.inflight = {}
        self.cache = {}

    async def get(self, key, fetch):
        if key in self.cache:
            return self.cache[key], "cached"
        if key in self.inflight:
            return await self.inflight[key], "shared"
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        try:
            value = await fetch(key)
        except Exception as e:
            fut.set_exception(e)
            raise
        else:
            fut.set_result(value)
            self.cache[key] = value
            return value, "fetched"
        finally:
            del self.inflight[key]


async def fetch(key):
    calls.append(key)
    await asyncio.sleep(0.05)
    if key == "bad":
        raise LookupError(key)
    return key.upper()


async def main():
    sf = SingleFlight()
    res = await asyncio.gather(*(sf.get(k, fetch) for k in ["a", "a", "b", "a", "bad", "bad"]),
                               return_exceptions=True)
    for r in res:
        print(r)
    print(await sf.get("a", fetch))
    print("fetch calls:", calls)


asyncio.run(main())
