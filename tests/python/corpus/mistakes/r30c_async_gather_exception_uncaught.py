# One worker raises in gather and main doesn't catch it.
import asyncio

async def worker(n):
    await asyncio.sleep(0.15 * n)
    if n == 2:
        raise KeyError(f"worker {n}")
    print("worker", n, "ok")
    return n

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(1, 4)))
    print(results)

asyncio.run(main())
