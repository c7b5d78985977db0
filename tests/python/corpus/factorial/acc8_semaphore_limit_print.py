# At most two factorials at a time under a Semaphore.
import asyncio

sem = None
running = 0

async def factorial(n):
    global running
    async with sem:
        running += 1
        print(f"start {n} (running {running})")
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.02)
            result *= i
        running -= 1
        print(f"end {n} = {result}")
        return result

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(factorial(n) for n in [3, 2, 4, 1])))

asyncio.run(main())
