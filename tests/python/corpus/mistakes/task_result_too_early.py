# Mistake: asking a task for its result before it has finished.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    task = asyncio.create_task(factorial(5))
    print('done?', task.done())
    print(task.result())

asyncio.run(main())
