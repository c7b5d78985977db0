# Iterating an async iterator with a per-item timeout using anext() inside wait_for
import asyncio


class Ticker:
    def __init__(self, delays):
        self.delays = list(delays)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.delays:
            raise StopAsyncIteration
        d = self.delays.pop(0)
        await asyncio.sleep(d)
        return d


async def main():
    it = aiter(Ticker([0.01, 0.02, 0.3, 0.01]))
    while True:
        try:
            item = await asyncio.wait_for(anext(it), timeout=0.15)
        except StopAsyncIteration:
            print("exhausted")
            break
        except TimeoutError:
            print("item took too long; skipping")
            continue
        print("item", item)


asyncio.run(main())
