# Factorial exercise: the factorials put their results in a queue that main reads.
import asyncio

async def factorial(n, results):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    await results.put((n, result))

async def calculate_factorials(numbers):
    results = asyncio.Queue()
    tasks = [asyncio.create_task(factorial(n, results)) for n in numbers]
    for _ in numbers:
        n, r = await results.get()
        print(f'{n}! = {r}  (queue now {results.qsize()})')
    await asyncio.gather(*tasks)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
