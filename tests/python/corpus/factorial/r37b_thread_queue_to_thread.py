# A plain queue.Queue filled by worker threads (via to_thread) and drained in the async main.
import asyncio
import math
import queue


def compute(n, out):
    out.put((n, len(str(math.factorial(n)))))


async def main():
    out = queue.Queue()
    await asyncio.gather(*(asyncio.to_thread(compute, n, out) for n in (50, 500, 5)))
    results = []
    while True:
        try:
            results.append(out.get_nowait())
        except queue.Empty:
            break
    print(sorted(results), out.qsize(), out.empty())
    try:
        out.get(timeout=0.01)
    except queue.Empty as e:
        print("Empty:", type(e).__module__, repr(e))


asyncio.run(main())
