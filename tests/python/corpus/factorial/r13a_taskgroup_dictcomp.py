import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    results = {n: t.result() for n, t in tasks.items()}
    print(results)
    print('all done:', all(t.done() for t in tasks.values()))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

main()
