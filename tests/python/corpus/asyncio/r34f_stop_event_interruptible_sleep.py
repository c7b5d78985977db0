# Periodic worker that stops promptly: wait_for(stop.wait(), period) as an interruptible sleep.
import asyncio

async def periodic(name, stop, period):
    runs = 0
    while not stop.is_set():
        runs += 1
        print(f"{name} run {runs}")
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except asyncio.TimeoutError:
            pass
    print(f"{name} stopped after {runs} runs")
    return runs

async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(periodic("poller", stop, 0.2))
    await asyncio.sleep(0.3)
    stop.set()
    print("stop requested")
    print("runs:", await task)

asyncio.run(main())
