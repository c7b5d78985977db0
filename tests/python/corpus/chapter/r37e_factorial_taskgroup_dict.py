# exercise rewritten with a TaskGroup (3.11) and the results kept in a dict
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    results = {n: t.result() for n, t in tasks.items()}
    print(results)
    biggest = max(results, key=results.get)
    print('biggest:', biggest, '->', results[biggest])

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
