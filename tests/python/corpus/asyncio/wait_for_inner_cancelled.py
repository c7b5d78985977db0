# wait_for: a result in time comes back; at the timeout the inner task is cancelled and awaited first.
import asyncio

async def job(delay, log):
    try:
        await asyncio.sleep(delay)
        return f'done in {delay}'
    except asyncio.CancelledError:
        log.append('job cancelled')
        await asyncio.sleep(0.05)
        log.append('job cleaned up')
        raise

async def main():
    log = []
    print(await asyncio.wait_for(job(0.05, log), timeout=1))
    try:
        await asyncio.wait_for(job(1, log), timeout=0.1)
    except asyncio.TimeoutError as e:
        log.append(f'TimeoutError {e!r}, cause {type(e.__cause__).__name__}')
    print(log)
    task = asyncio.create_task(job(0.2, log))
    print(await asyncio.wait_for(task, None), task.done())
    try:
        await asyncio.wait_for(job(0.1, log), timeout=0)
    except TimeoutError:
        print('timeout=0 cancels at once:', log[-2:])

asyncio.run(main())
