# a two-stage pipeline of queues: parse then square, in order
import asyncio

async def parse(src, dst):
    while True:
        text = await src.get()
        await dst.put(int(text))
        src.task_done()

async def square(src, out):
    while True:
        n = await src.get()
        out.append(n * n)
        src.task_done()

async def main():
    q1, q2, out = asyncio.Queue(), asyncio.Queue(), []
    stages = [asyncio.create_task(parse(q1, q2)), asyncio.create_task(square(q2, out))]
    for t in ['3', '1', '4', '1', '5']:
        q1.put_nowait(t)
    await q1.join()
    await q2.join()
    print(out)
    for s in stages:
        s.cancel()

asyncio.run(main())
