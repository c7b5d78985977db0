# Factorial exercise: a dict of tasks keyed by the number, awaited one by one.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    for n, task in tasks.items():
        print(f'{n}! = {await task}')
    print('all done:', all(t.done() for t in tasks.values()))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
