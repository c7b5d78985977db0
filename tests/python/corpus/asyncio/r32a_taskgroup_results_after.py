# TaskGroup: collect results from tasks after the block exits
import asyncio

async def square(n):
    await asyncio.sleep(0.005 * (5 - n))
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f"sq{n}") for n in range(5)]
    print([t.result() for t in tasks])
    print([t.get_name() for t in tasks])
    try:
        tg.create_task(square(9))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
