# wait_for on a task: after the timeout the task is cancelled; on success the task's result comes back.
import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

async def main():
    t = asyncio.create_task(work(0.5))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print('timeout; task cancelled:', t.cancelled(), 'done:', t.done())
    t2 = asyncio.create_task(work(0.01))
    print('result', await asyncio.wait_for(t2, 1), t2.done())
    done = asyncio.create_task(work(0))
    await done
    print('done task, zero timeout:', await asyncio.wait_for(done, 0))

asyncio.run(main())
