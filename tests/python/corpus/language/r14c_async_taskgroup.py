# asyncio.TaskGroup: tasks started together, their results, and one that fails.
import asyncio

async def square(n):
    await asyncio.sleep(n / 20)
    if n == 3:
        raise ValueError(f"I don't like {n}")
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in (1, 2, 4)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 6):
                tg.create_task(square(n), name=f"sq{n}")
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions])
    print("still running:", len(asyncio.all_tasks()))

asyncio.run(main())
