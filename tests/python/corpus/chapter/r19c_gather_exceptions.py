# gather with return_exceptions: collecting failures
import asyncio

async def risky(n):
    await asyncio.sleep(0.01 * n)
    if n % 3 == 0:
        raise ValueError(f"bad number {n}")
    return n * 10

async def main():
    results = await asyncio.gather(*(risky(n) for n in range(1, 7)), return_exceptions=True)
    for n, r in enumerate(results, 1):
        if isinstance(r, Exception):
            print(f"{n}: error {r!r}")
        else:
            print(f"{n}: {r}")
    ok = [r for r in results if not isinstance(r, BaseException)]
    print("successes:", ok)
    try:
        await asyncio.gather(risky(1), risky(3), risky(2))
    except ValueError as e:
        print("first error propagated:", e)
    print("empty gather:", await asyncio.gather())

asyncio.run(main())
