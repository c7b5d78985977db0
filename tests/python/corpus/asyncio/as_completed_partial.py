# as_completed(timeout=...): the results that came in time, then TimeoutError for the rest.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f'{name} after {delay}s'

async def main():
    jobs = [job('slow', 0.6), job('quick', 0.1), job('medium', 0.2), job('late', 0.5)]  # 0.2 s from the timeout
    got = []
    try:
        for next_done in asyncio.as_completed(jobs, timeout=0.4):
            got.append(await next_done)
            print('got', got[-1])
    except asyncio.TimeoutError:
        print('timed out with', len(got), 'of', len(jobs))
    await asyncio.sleep(0.3)
    print('left running tasks:', len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()]))

asyncio.run(main())
