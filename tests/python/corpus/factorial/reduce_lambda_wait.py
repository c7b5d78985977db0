# Factorial exercise: functools.reduce with a lambda, tasks collected with asyncio.wait.
import asyncio
from functools import reduce

async def factorial(n):
    print(f'factorial({n}) starting')
    await asyncio.sleep(0.1 * n)
    value = reduce(lambda acc, k: acc * k, range(1, n + 1), 1)
    print(f'factorial({n}) done')
    return n, value

async def main():
    tasks = {asyncio.create_task(factorial(n), name=f'fact-{n}') for n in [4, 1, 3, 0]}
    done, pending = await asyncio.wait(tasks)
    print(len(done), 'done,', len(pending), 'pending')
    for task in sorted(done, key=lambda t: t.get_name()):
        n, value = task.result()
        print(f'{task.get_name():<8}{n}! = {value}')

asyncio.run(main())
