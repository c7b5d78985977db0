# An async generator producing readings, consumed with async for and an async comprehension
import asyncio
import statistics


async def sensor(name, values):
    for v in values:
        await asyncio.sleep(0.01)
        yield name, v


async def main():
    readings = [v async for _, v in sensor("t1", [20.5, 21.0, 19.5, 22.0])]
    print(readings, statistics.mean(readings), statistics.median(readings))
    async for name, v in sensor("t2", [1, 2, 3]):
        print(f"{name}: {v:>4.1f}")
    gen = sensor("t3", [7])
    print(type(gen).__name__, await gen.__anext__())
    print(await anext(gen, "exhausted"))
    evens = [v async for _, v in sensor("t4", range(6)) if v % 2 == 0]
    print(evens)
    await gen.__anext__()


asyncio.run(main())
