# asend and athrow on an async generator used as a coroutine-like accumulator
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
        total += value

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(7))
    print(await acc.athrow(ValueError("bad data")))
    print(await acc.asend(1))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

asyncio.run(main())
