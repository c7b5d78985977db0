import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        await asyncio.sleep(0)
        total += value


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    acc2 = accumulator()
    print(await acc2.asend(10))


asyncio.run(main())
