# nested TaskGroups with failures: the printed ExceptionGroup tree
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1 * abs(n))
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

async def batch(numbers):
    async with asyncio.TaskGroup() as tg:
        for n in numbers:
            tg.create_task(factorial(n))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(batch([1, -2]))
            tg.create_task(batch([-3, 4]))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.split(ValueError)[0].exceptions)
        raise

asyncio.run(main())
