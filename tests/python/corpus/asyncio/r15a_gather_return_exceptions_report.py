# gather(return_exceptions=True): sort results into successes and failures
import asyncio

async def task(i):
    await asyncio.sleep(0.01 * i)
    if i % 3 == 0:
        raise ValueError(f"bad input {i}")
    if i == 4:
        raise KeyError(i)
    return i * i

async def main():
    results = await asyncio.gather(*(task(i) for i in range(7)), return_exceptions=True)
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print(f"task {i} failed: {type(r).__name__}: {r}")
        else:
            print(f"task {i} -> {r}")
    ok = [r for r in results if not isinstance(r, BaseException)]
    print("successes:", ok)

asyncio.run(main())
