# a watchdog that cancels a worker whose heartbeat stops; the worker reports why
import asyncio

async def worker(beats, stop_after):
    try:
        for i in range(100):
            if i == stop_after:
                await asyncio.sleep(10)
            beats.put_nowait(i)
            await asyncio.sleep(0.02)
    except asyncio.CancelledError as e:
        print('worker cancelled:', e.args)
        raise

async def watchdog(task, beats, limit):
    last = None
    while True:
        try:
            last = await asyncio.wait_for(beats.get(), limit)
        except TimeoutError:
            task.cancel(f'no heartbeat after beat {last}')
            return last

async def main():
    for stop_after in (3, 6):
        beats = asyncio.Queue()
        t = asyncio.create_task(worker(beats, stop_after))
        last = await watchdog(t, beats, 0.1)
        try:
            await t
        except asyncio.CancelledError:
            print('watchdog stopped it after beat', last, t.cancelled())

asyncio.run(main())
