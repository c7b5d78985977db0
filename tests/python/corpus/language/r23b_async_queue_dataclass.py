import asyncio
from dataclasses import dataclass, field
from collections import Counter

@dataclass
class Message:
    sender: str
    body: str
    tags: list = field(default_factory=list)

@dataclass
class Stats:
    processed: int = 0
    by_sender: Counter = field(default_factory=Counter)

async def producer(name, queue, bodies):
    for body in bodies:
        await asyncio.sleep(0.01)
        await queue.put(Message(name, body, tags=[name[0]]))
    print(f"{name} done producing")

async def consumer(queue, stats):
    while True:
        msg = await queue.get()
        try:
            if msg is None:
                return
            stats.processed += 1
            stats.by_sender[msg.sender] += 1
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    stats = Stats()
    cons = asyncio.create_task(consumer(queue, stats))
    await asyncio.gather(producer("alice", queue, ["hi", "bye"]),
                         producer("bob", queue, ["yo", "sup", "later"]))
    await queue.join()
    await queue.put(None)
    await cons
    print(stats.processed, sorted(stats.by_sender.items()), stats.by_sender.most_common(1))
    print(queue.empty(), queue.qsize(), cons.done(), cons.result())
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(Message("x", "y"))

asyncio.run(main())
