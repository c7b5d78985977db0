# A CLI that starts N async workers with a given delay, and validates N with parser.error
import argparse
import asyncio

async def worker(i, delay):
    await asyncio.sleep(delay * (i + 1))
    return f"worker {i} done after {delay * (i + 1):.2f}s"

async def main(ns):
    tasks = [asyncio.create_task(worker(i, ns.delay)) for i in range(ns.workers)]
    for coro in asyncio.as_completed(tasks):
        print(await coro)

parser = argparse.ArgumentParser(prog="workers")
parser.add_argument("-w", "--workers", type=int, default=2)
parser.add_argument("-d", "--delay", type=float, default=0.02)
for argv in (["-w", "3"], ["-w", "0"]):
    ns = parser.parse_args(argv)
    if ns.workers < 1:
        parser.error("need at least one worker")
    asyncio.run(main(ns))
