# A TaskGroup child cancelled from outside does not fail the group; the others finish
import asyncio


async def job(n):
    await asyncio.sleep(0.02 * n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in (1, 2, 3)]
        tasks[1].cancel()
    print([t.cancelled() for t in tasks], [t.result() for t in tasks if not t.cancelled()])


asyncio.run(main())
