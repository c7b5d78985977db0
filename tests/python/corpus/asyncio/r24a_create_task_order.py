import asyncio

async def say(i):
    print("start", i)
    await asyncio.sleep(0)
    print("resume", i)
    return i * 10

async def main():
    tasks = [asyncio.create_task(say(i)) for i in range(4)]
    print("tasks created, none started yet")
    print([t.done() for t in tasks])
    results = await asyncio.gather(*reversed(tasks))
    print("results:", results)

asyncio.run(main())
