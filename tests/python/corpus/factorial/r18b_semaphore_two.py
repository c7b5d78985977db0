import asyncio

sem = asyncio.Semaphore(2)

async def factorial(n):
    async with sem:
        print(f"start {n} (free slots: {sem._value})")
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        print(f"end   {n} -> {result}")
        return result

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    print(results, "locked:", sem.locked())

asyncio.run(main())
