# A subscription object usable with async for, ended by a sentinel from the publisher.
import asyncio

_END = object()

class Subscription:
    def __init__(self):
        self.q = asyncio.Queue()

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.q.get()
        if item is _END:
            raise StopAsyncIteration
        return item

async def publisher(sub):
    for temp in [18.5, 19.0, 21.25]:
        await asyncio.sleep(0.01)
        sub.q.put_nowait({"temp": temp})
    sub.q.put_nowait(_END)

async def main():
    sub = Subscription()
    asyncio.create_task(publisher(sub))
    readings = [r["temp"] async for r in sub]
    print(readings, f"avg={sum(readings) / len(readings):.3f}")

asyncio.run(main())
