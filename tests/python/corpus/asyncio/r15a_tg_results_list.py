# TaskGroup creating tasks in a loop; results collected after the block
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in range(5)]
    print([t.result() for t in tasks])
    print(all(t.done() for t in tasks))

asyncio.run(main())
