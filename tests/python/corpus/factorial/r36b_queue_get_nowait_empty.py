# Workers drain the job queue with get_nowait(); the last worker finds it empty and crashes.
import asyncio


async def worker(name, q, out):
    while True:
        n = q.get_nowait()
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.1 * n)
        out[n] = r
        print(name, "did", n)


async def main():
    q = asyncio.Queue()
    for n in (4, 1, 2):
        q.put_nowait(n)
    out = {}
    try:
        await asyncio.gather(worker("A", q, out), worker("B", q, out))
    finally:
        print("results:", out)


asyncio.run(main())
