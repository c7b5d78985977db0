# Three consumers stop on one None sentinel each; results are collected in order of item number
import asyncio
import random

random.seed(7)


async def consumer(name, q, results):
    while (item := await q.get()) is not None:
        await asyncio.sleep(random.choice([0.01, 0.02]))
        results[item] = f"{name}:{item * item}"
        q.task_done()
    q.task_done()
    return name


async def main():
    q, results = asyncio.Queue(), {}
    consumers = [asyncio.create_task(consumer(f"c{i}", q, results)) for i in range(3)]
    for i in range(7):
        await q.put(i)
    for _ in consumers:
        await q.put(None)
    await q.join()
    print(await asyncio.gather(*consumers))
    print([results[i].split(":")[1] for i in sorted(results)])


asyncio.run(main())
