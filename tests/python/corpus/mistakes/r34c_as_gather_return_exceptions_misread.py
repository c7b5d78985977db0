# Treating every gather result as a number, even the exceptions it returned
import asyncio

async def measure(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"sensor {n} offline")
    return n * 1.5

async def main():
    results = await asyncio.gather(*(measure(i) for i in range(4)), return_exceptions=True)
    print(results)
    print("average:", sum(results) / len(results))

asyncio.run(main())
