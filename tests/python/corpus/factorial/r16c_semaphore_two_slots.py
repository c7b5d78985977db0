# A Semaphore lets two factorials run at a time; starts and ends are printed
import asyncio

sem = None

async def factorial(n):
    async with sem:
        print(f'start {n}')
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
        print(f'end {n} -> {f}')
        return f

async def calculate_factorials(numbers):
    global sem
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

asyncio.run(calculate_factorials([3, 5, 2, 4]))
