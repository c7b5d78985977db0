# A producer/consumer pipeline whose sizes come from the command line
import argparse
import asyncio

async def producer(q, items):
    for i in range(items):
        await q.put(i)
        await asyncio.sleep(0.005)
    await q.put(None)

async def consumer(q, scale):
    total = 0
    while (item := await q.get()) is not None:
        total += item * scale
        print(f"consumed {item} -> running total {total}")
    return total

async def main(a):
    q = asyncio.Queue(maxsize=a.maxsize)
    _, total = await asyncio.gather(producer(q, a.items), consumer(q, a.scale))
    print("total", total)

p = argparse.ArgumentParser(prog="pipe")
p.add_argument("--items", type=int, default=4)
p.add_argument("--scale", type=int, default=10)
p.add_argument("--maxsize", type=int, default=2)
asyncio.run(main(p.parse_args(["--items", "5", "--scale", "3"])))
asyncio.run(main(p.parse_args(["--maxsize"])))
