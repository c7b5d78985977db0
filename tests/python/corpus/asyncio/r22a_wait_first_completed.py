# wait(FIRST_COMPLETED) returns as soon as one finishes.
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    tasks = {asyncio.create_task(job(n, d), name=f'j{n}') for n, d in ((1, 0.3), (2, 0.01), (3, 0.6))}
    rounds = 0
    while tasks:
        done, tasks = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print('round', rounds, 'done', sorted(t.get_name() for t in done), 'pending', len(tasks))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
# (end of the program)
