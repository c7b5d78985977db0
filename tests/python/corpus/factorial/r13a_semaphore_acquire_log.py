import asyncio

sem = None

async def factorial(n):
    async with sem:
        print(f'start {n}')
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.01)
            result *= i
        print(f'end {n}')
        return result

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    nums = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in nums])
    print(results)

asyncio.run(main())
