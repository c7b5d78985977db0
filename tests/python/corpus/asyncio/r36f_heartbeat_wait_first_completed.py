# Race a job against a stop Event using wait(FIRST_COMPLETED) with tasks, repeated each cycle.
import asyncio

async def job(n):
    await asyncio.sleep(0.3)
    return n * n

async def main():
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(0.45, stop.set)
    stopper = asyncio.create_task(stop.wait())
    n = 0
    while True:
        work = asyncio.create_task(job(n))
        done, _ = await asyncio.wait({work, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stopper in done:
            work.cancel()
            print("stop requested during job", n)
            break
        print("job", n, "->", work.result())
        n += 1
    await asyncio.sleep(0)
    print("work cancelled:", work.cancelled())

asyncio.run(main())
