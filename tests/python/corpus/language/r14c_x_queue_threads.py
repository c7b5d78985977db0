# A producer and a consumer in asyncio.to_thread() sharing a queue.Queue, with task_done and join.
import asyncio
import queue
import time

jobs = queue.Queue(maxsize=2)

def producer(n):
    for i in range(n):
        jobs.put(f"job{i}")
        print("queued", f"job{i}")
    jobs.put(None)

def consumer():
    done = []
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return done
        time.sleep(0.1)
        print("finished", job)
        done.append(job)
        jobs.task_done()

async def main():
    made, done = await asyncio.gather(asyncio.to_thread(producer, 4), asyncio.to_thread(consumer))
    await asyncio.to_thread(jobs.join)
    print(made, done, jobs.unfinished_tasks)

asyncio.run(main())
