import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    task = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.25)
    task.cancel("enough of that")
    print("waiting for the cancelled task")
    print(await task)

asyncio.run(main())
