# A worker that never calls task_done, so queue.join() waits forever
import asyncio

async def worker(queue, out):
    while True:
        item = await queue.get()
        out.append(item * 2)

async def main():
    queue, out = asyncio.Queue(), []
    for i in range(3):
        queue.put_nowait(i)
    task = asyncio.create_task(worker(queue, out))
    try:
        await asyncio.wait_for(queue.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print("join timed out; processed:", out, "unfinished:", queue._unfinished_tasks)
    task.cancel()

asyncio.run(main())
