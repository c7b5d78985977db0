import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
        print('tasks started:', len(tasks))
    print('all finished:', all(t.done() for t in tasks.values()))
    for n, t in sorted(tasks.items()):
        print(f'{n}! = {t.result()}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
