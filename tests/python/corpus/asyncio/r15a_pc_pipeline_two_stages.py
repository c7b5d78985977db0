# A two-stage pipeline: numbers -> squares -> a printer, with sentinels passed along
import asyncio

STOP = object()

async def source(out):
    for n in range(1, 6):
        await out.put(n)
    await out.put(STOP)

async def square(inp, out):
    while (n := await inp.get()) is not STOP:
        await asyncio.sleep(0.01)
        await out.put(n * n)
    await out.put(STOP)

async def sink(inp):
    total = 0
    while (v := await inp.get()) is not STOP:
        print("sink got", v)
        total += v
    return total

async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    _, _, total = await asyncio.gather(source(a), square(a, b), sink(b))
    print("total:", total)

asyncio.run(main())
