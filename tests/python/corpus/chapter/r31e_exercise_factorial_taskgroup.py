# factorial exercise rewritten with TaskGroup (Python 3.11)
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        result *= i
    assert result == math.factorial(n)
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n), name=f'fact-{n}') for n in numbers}
    for n, t in tasks.items():
        print(t.get_name(), '->', t.result(), f'({len(str(t.result()))} digits)')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 20]))
    print('Main - Done')

if __name__ == '__main__':
    main()
