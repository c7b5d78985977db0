# The tutorial's find_divisibles rewritten with asyncio.run and gather (newer style).
import asyncio


async def find_divisibles(inrange, div_by):
    print(f"finding nums in range {inrange} divisible by {div_by}")
    located = [i for i in range(inrange) if i % div_by == 0]
    await asyncio.sleep(inrange / 100000)
    print(f"Done w/ nums in range {inrange} divisible by {div_by}")
    return located


async def main():
    d1, d2, d3 = await asyncio.gather(
        find_divisibles(50800, 3411),
        find_divisibles(10052, 321),
        find_divisibles(500, 3),
    )
    print(d1)
    print(len(d2), d3[-3:])


asyncio.run(main())
