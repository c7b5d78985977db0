# can I stick my own attributes on a task? seems yes
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = []
    for n in (3, 1, 2):
        t = asyncio.create_task(worker(n))
        t.label = f'job{n}'
        tasks.append(t)
    await asyncio.wait(tasks)
    print([(t.label, t.result()) for t in tasks])
    print(vars(tasks[0]))
    print(type(tasks[0]).__module__, type(tasks[0]).__qualname__)
    print(hasattr(tasks[1], '__dict__'), hasattr(worker(0), '__dict__'))

asyncio.run(main())
