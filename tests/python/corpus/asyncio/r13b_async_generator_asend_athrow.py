import asyncio

async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("reset because", e)
            total = 0
            continue
        if value is None:
            break
        await asyncio.sleep(0)
        total += value

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(7))
    print(await acc.athrow(ValueError("bad input")))
    print(await acc.asend(1))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("finished")

asyncio.run(main())
