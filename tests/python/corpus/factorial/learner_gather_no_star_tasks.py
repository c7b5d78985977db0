import asyncio

async def fact(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await fact(n - 1)

async def main():
    tasks = [asyncio.create_task(fact(n)) for n in (3, 4)]
    print("tasks:", len(tasks))
    results = await asyncio.gather(tasks)
    print(results)

asyncio.run(main())
