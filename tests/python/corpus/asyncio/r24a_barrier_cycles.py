import asyncio

async def runner(b, name, log):
    for rnd in range(2):
        await asyncio.sleep(0)
        idx = await b.wait()
        log.append((rnd, name, idx))

async def main():
    b = asyncio.Barrier(2)
    log = []
    await asyncio.gather(*(runner(b, n, log) for n in "abcd"))
    for entry in sorted(log):
        print(entry)
    print(b.n_waiting, b.broken)
    try:
        await asyncio.wait_for(b.wait(), 0.02)
    except TimeoutError:
        print("lone waiter timed out; broken:", b.broken)

asyncio.run(main())
