import asyncio

async def task_a():
    return "a"

async def task_b():
    return "b"

async def main():
    results = await asyncio.gather(task_a, task_b)
    print(results)

asyncio.run(main())
