# Tasks made with create_task in a loop, then awaited one after another
import asyncio


async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f'Task {name}: Compute factorial({n}), currently i={i}...')
        await asyncio.sleep(0.1)
        f *= i
    print(f'Task {name}: factorial({n}) = {f}')
    return f


async def calculate_factorials(numbers):
    tasks = []
    for i, n in enumerate(numbers):
        tasks.append(asyncio.create_task(factorial(chr(ord('A') + i), n)))
    results = []
    for t in tasks:
        results.append(await t)
    print(results)


asyncio.run(calculate_factorials([2, 3, 4]))
