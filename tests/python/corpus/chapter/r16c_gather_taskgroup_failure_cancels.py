# 34.6.1 as a TaskGroup where one worker fails: the others are cancelled and the group raised
import asyncio

cancelled = []

async def worker(n):
    print(f'Worker {n} - will take some time')
    try:
        await asyncio.sleep(0.1 * n)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
    if n == 2:
        raise ValueError(f'worker {n} failed')
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3, 4):
            tg.create_task(worker(n))
    print('not reached')

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something())
    finally:
        # the group cancels the others in the order of its set of tasks,
        # which differs between CPython's runs: sorted, they print the same
        print('Cancelled:', sorted(cancelled))
    print('Main - Done')

main()
