# I used ensure_future (from an older tutorial) and awaited each future in turn.
import asyncio


async def fact(n: int) -> int:
    total = 1
    for k in range(2, n + 1):
        await asyncio.sleep(0.02)
        total *= k
    return total


async def main():
    numbers = [6, 2, 9, 4]
    futures = [asyncio.ensure_future(fact(n)) for n in numbers]
    print("all futures are tasks:", all(isinstance(f, asyncio.Task) for f in futures))
    for n, fut in zip(numbers, futures):
        value = await fut
        print(f"{n}! = {value}  done={fut.done()}")
    # ensure_future of an already-made task gives the same object back
    print("same object:", asyncio.ensure_future(futures[0]) is futures[0])


asyncio.run(main())
