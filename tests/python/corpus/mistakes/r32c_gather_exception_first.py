# One worker fails in gather; the others keep running after the error.
import asyncio

async def worker(n):
    await asyncio.sleep({1: 0.01, 2: 0.02, 3: 0.2, 4: 0.3}[n])
    if n == 2:
        raise ValueError(f"bad worker {n}")
    print("worker", n, "ok")
    return n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(1, 5)))
    print(results)

asyncio.run(main())
