# Async generator driven by asend and athrow, like a coroutine-based accumulator
import asyncio

async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("resetting because:", e)
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
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("bad input")))
    print(await acc.asend(3))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("generator finished")
    print(acc.ag_running, acc.__name__)

asyncio.run(main())
