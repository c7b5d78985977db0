# A done callback prints each factorial.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r

def report(task):
    print('finished:', task.result())

async def main():
    tasks = []
    for n in [5, 7, 3, 6]:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print('all', [t.result() for t in tasks])

asyncio.run(main())
