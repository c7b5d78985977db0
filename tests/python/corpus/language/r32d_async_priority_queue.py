# asyncio.PriorityQueue of dataclass jobs ordered by priority, and a LifoQueue for undo history
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def consumer(q, done):
    while not q.empty():
        job = await q.get()
        await asyncio.sleep(0.01)
        done.append(f"{job.priority}:{job.name}")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "email"), (1, "deploy"), (2, "test"), (1, "hotfix")]:
        await q.put(Job(p, n))
    done = []
    await consumer(q, done)
    print(done)
    history = asyncio.LifoQueue(maxsize=2)
    await history.put("type a")
    history.put_nowait("type b")
    print(history.full(), history.get_nowait(), history.qsize(), history)
    try:
        history.put_nowait("x")
        history.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", history.qsize())
    await asyncio.wait_for(asyncio.Queue().get(), timeout=0.05)


asyncio.run(main())
