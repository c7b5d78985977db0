# Async generator as a coroutine-style accumulator using asend and athrow
import asyncio

async def averager():
    total, count = 0, 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("reset because", e)
            total, count, avg = 0, 0, None
            continue
        await asyncio.sleep(0.001)
        total += value
        count += 1
        avg = total / count

async def main():
    g = averager()
    await g.asend(None)
    for v in (10, 20, 60):
        print("avg:", await g.asend(v))
    print(await g.athrow(ValueError("new series")))
    print("avg:", await g.asend(5))
    await g.aclose()
    await g.asend(1)

asyncio.run(main())
