# A learner mixes a plain generator of delays with async workers and a dict comprehension of tasks
import asyncio

def delays(n):
    for i in range(n):
        yield round(0.1 * (n - i), 1)

async def worker(name, delay):
    await asyncio.sleep(delay)
    return f'{name} slept {delay}'

async def main():
    tasks = {f'w{i}': asyncio.create_task(worker(f'w{i}', d)) for i, d in enumerate(delays(4))}
    print(list(tasks))
    for name, task in tasks.items():
        print(name, '=>', await task)
    print(all(t.done() for t in tasks.values()))

asyncio.run(main())
