# await applied to the list of tasks itself.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in range(3)]
    results = await tasks
    print(results)

asyncio.run(main())
