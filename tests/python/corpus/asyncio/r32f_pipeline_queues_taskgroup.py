# Three-stage pipeline connected by queues, run inside a TaskGroup, stopped by sentinels
import asyncio

DONE = object()

async def reader(out_q):
    for line in ["apple pie", "banana split", "cherry tart"]:
        await asyncio.sleep(0.005)
        await out_q.put(line)
    await out_q.put(DONE)

async def splitter(in_q, out_q):
    while (line := await in_q.get()) is not DONE:
        for word in line.split():
            await out_q.put(word)
    await out_q.put(DONE)

async def counter(in_q, result):
    while (word := await in_q.get()) is not DONE:
        result[word[0]] = result.get(word[0], 0) + len(word)

async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=1)
    result = {}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(reader(q1))
        tg.create_task(splitter(q1, q2))
        tg.create_task(counter(q2, result))
    print(result)
    print(q1.empty(), q2.empty())

asyncio.run(main())
