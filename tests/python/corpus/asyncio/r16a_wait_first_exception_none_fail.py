# wait(FIRST_EXCEPTION) with no failure waits for all, like ALL_COMPLETED
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = {asyncio.create_task(asyncio.sleep(d, d)) for d in (0.1, 0.3, 0.2)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), tenths(loop.time() - t0))
    print(sorted(t.result() for t in done))
    print(asyncio.FIRST_EXCEPTION, asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED)

asyncio.run(main())
