# the factorial exercise with a TaskGroup, printing steps of each number
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f'factorial({n}) finished')
    return f

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    for n, t in tasks.items():
        print(f'{n}! = {t.result()}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
