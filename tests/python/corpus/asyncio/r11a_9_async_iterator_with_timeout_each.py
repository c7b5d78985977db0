import asyncio


class Feed:
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
    feed = Feed([0.05, 0.4, 0.1])
    it = aiter(feed)
    while True:
        try:
            item = await asyncio.wait_for(anext(it), timeout=0.2)
        except StopAsyncIteration:
            print("feed ended")
            break
        except TimeoutError:
            print("item took too long, skipping")
            continue
        print("item", item)


asyncio.run(main())
