# A child cancelled by someone else is not an error: the group finishes and the others' results stand.
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n)) for n in range(1, 4)]
        await asyncio.sleep(0)
        tasks[2].cancel('not needed')
    print([t.cancelled() for t in tasks])
    print([t.result() for t in tasks[:2]])
    try:
        tasks[2].result()
    except asyncio.CancelledError as e:
        print('third:', e.args)

asyncio.run(main())
