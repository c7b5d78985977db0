# A watchdog cancels a worker whose heartbeats stop arriving within 0.15 s
import asyncio


async def worker(beats):
    for i in range(3):
        await asyncio.sleep(0.03)
        beats.put_nowait(i)
    await asyncio.sleep(10)


async def watchdog(beats, task):
    while True:
        try:
            beat = await asyncio.wait_for(beats.get(), timeout=0.15)
            print("heartbeat", beat)
        except asyncio.TimeoutError:
            print("no heartbeat: cancelling", task.get_name())
            task.cancel("missed heartbeat")
            return


async def main():
    beats = asyncio.Queue()
    task = asyncio.create_task(worker(beats), name="stuck-worker")
    await watchdog(beats, task)
    try:
        await task
    except asyncio.CancelledError as e:
        print("worker ended:", e.args)


asyncio.run(main())
