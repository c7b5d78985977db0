# Callback runs only after the awaiting task resumes? Order of prints.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n * 10

def report(task):
    print('callback:', task.get_name(), task.result())

async def main():
    tasks = [asyncio.create_task(worker(n), name=f'w{n}') for n in (3, 1, 2)]
    for t in tasks:
        t.add_done_callback(report)
    for t in tasks:
        print('awaiting', t.get_name())
        print('got', await t)

asyncio.run(main())
