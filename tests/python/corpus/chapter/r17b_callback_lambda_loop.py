# Callbacks made with lambdas in a loop: default argument keeps each label
import asyncio

async def worker(n):
    await asyncio.sleep(0.05 * n)
    return n * 10

async def main():
    tasks = []
    for label in ['alpha', 'beta', 'gamma']:
        t = asyncio.create_task(worker(len(tasks) + 1))
        t.add_done_callback(lambda task, label=label: print(f'{label:<6}|{task.result():>4}'))
        tasks.append(t)
    await asyncio.wait(tasks)
    print('done:', [t.done() for t in tasks])

asyncio.run(main())
