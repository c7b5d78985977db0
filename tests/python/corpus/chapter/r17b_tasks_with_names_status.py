# Named tasks, their status printed in a table while they run
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

def status(tasks):
    for t in tasks:
        state = 'done' if t.done() else 'pending'
        print(f'  {t.get_name():<8}{state}')

async def main():
    tasks = [asyncio.create_task(worker(d), name=f'job-{i}') for i, d in enumerate([0.1, 0.3, 0.5])]
    for step in range(3):
        await asyncio.sleep(0.2)
        print(f'after {0.2 * (step + 1):.1f}s:')
        status(tasks)
    print([t.result() for t in tasks])

asyncio.run(main())
