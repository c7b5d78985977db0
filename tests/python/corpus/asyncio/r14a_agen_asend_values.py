# test_asyncgen: asend() passes values into the generator; the first must be None
import asyncio

async def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

async def main():
    g = averager()
    try:
        await g.asend(5)
    except TypeError as e:
        print('TypeError:', e)
    print(await g.asend(None))
    for x in (10, 20, 60):
        print(await g.asend(x))
    await g.aclose()

asyncio.run(main())
