# An async zip: pull from two async generators in step with anext and gather, stop at the shorter.
import asyncio

async def temps():
    for t in [20.1, 20.7, 21.3, 22.0]:
        await asyncio.sleep(0.01)
        yield t

async def hums():
    for h in [40, 42, 45]:
        await asyncio.sleep(0.02)
        yield h

async def azip(*aits):
    iters = [aiter(a) for a in aits]
    while True:
        try:
            yield tuple(await asyncio.gather(*(anext(i) for i in iters)))
        except StopAsyncIteration:
            return

async def main():
    async for t, h in azip(temps(), hums()):
        print(f"temp={t:5.1f} humidity={h}%")

asyncio.run(main())
