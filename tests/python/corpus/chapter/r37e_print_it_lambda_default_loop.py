# callbacks made in a loop with lambdas; the default-argument trick vs without it
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * (4 - n))
    return n * 100

async def main():
    tasks = []
    for n in range(1, 4):
        t = asyncio.create_task(worker(n))
        t.add_done_callback(lambda task: print('late binding n =', n, task.result()))
        t.add_done_callback(lambda task, n=n: print('default arg n =', n, task.result()))
        tasks.append(t)
    await asyncio.gather(*tasks)

asyncio.run(main())
