# Only two factorials may run at once: a Semaphore around each computation.
import asyncio

sem = None
running = 0


async def factorial(n):
    global running
    async with sem:
        running += 1
        print(f"start {n}! (running: {running})")
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        running -= 1
        print(f"end   {n}! = {result}")
        return result


async def main():
    global sem
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(factorial(n) for n in (6, 3, 2, 4)))
    print(results)


asyncio.run(main())
