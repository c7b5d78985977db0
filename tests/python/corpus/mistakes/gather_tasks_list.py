# Mistake: gather() given a list of tasks without the star.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in range(3)]
    results = await asyncio.gather(tasks)
    print(results)

asyncio.run(main())
