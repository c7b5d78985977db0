import asyncio

sem = None

async def factorial(n):
    async with sem:
        print(f'start {n}')
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.05)
            result *= i
        print(f'end {n}')
        return result

async def calculate_factorials(numbers):
    global sem
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
