# test_asyncgen: asend/athrow values and the return of athrow when handled
import asyncio

async def gen():
    total = 0
    while True:
        try:
            v = yield total
            total += v
        except ValueError:
            total = -1

async def main():
    g = gen()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    print(await g.athrow(ValueError))
    print(await g.asend(3))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

asyncio.run(main())
