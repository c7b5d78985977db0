# Drive an async generator with asend() to multiply by chosen factors and athrow() to reset it.
import asyncio


class Reset(Exception):
    pass


async def accumulator():
    product = 1
    while True:
        try:
            factor = yield product
        except Reset:
            print("  reset!")
            product = 1
            continue
        await asyncio.sleep(0.01)
        product *= factor


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for k in range(2, 6):
        print(f"x{k} ->", await acc.asend(k))
    print("after reset:", await acc.athrow(Reset()))
    print(await acc.asend(7))
    await acc.aclose()
    try:
        await acc.asend(3)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    await acc.athrow(ValueError("late"))


asyncio.run(main())
