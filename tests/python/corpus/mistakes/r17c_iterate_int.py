# for over a number instead of range: 'int' object is not iterable, inside a task
import asyncio


async def factorial(n):
    result = 1
    for i in n:
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    task = asyncio.create_task(factorial(5))
    print('created')
    print(await task)


asyncio.run(main())
