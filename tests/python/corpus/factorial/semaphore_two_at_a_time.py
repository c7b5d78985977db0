# Factorial exercise: at most two factorials at a time with a Semaphore, printing who runs.
import asyncio

running = []

async def factorial(n, sem):
    async with sem:
        running.append(n)
        print(f'start {n}, running {running}')
        await asyncio.sleep(0.04 * n)
        result = 1
        for i in range(1, n + 1):
            result *= i
        running.remove(n)
        print(f'end {n}')
        return result

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(factorial(n, sem) for n in [3, 1, 5, 2])))

asyncio.run(main())
