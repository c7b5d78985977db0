# callbacks as lambdas in a loop, one with the late-binding bug, one fixed
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * 10

async def main():
    tasks = []
    for i in range(3):
        t = asyncio.create_task(worker(i))
        t.add_done_callback(lambda task: print('late i =', i, 'result', task.result()))
        t.add_done_callback(lambda task, i=i: print('bound i =', i, 'result', task.result()))
        tasks.append(t)
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)

asyncio.run(main())
