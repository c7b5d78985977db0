# A task cancelled inside __aenter__ never runs __aexit__; cancelled in the body it does, with CancelledError
import asyncio

class Slow:
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, ev, tb):
        print('__aexit__ with', et.__name__ if et else None, ev.args if ev else None)
        await asyncio.sleep(0.1)

async def user():
    async with Slow():
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(user())
    await asyncio.sleep(0.05)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('cancelled in __aenter__:', t.cancelled())
    t2 = asyncio.create_task(user())
    await asyncio.sleep(0.2)
    t2.cancel('in body')
    r = await asyncio.gather(t2, return_exceptions=True)
    print(type(r[0]).__name__, t2.cancelled())

asyncio.run(main())
