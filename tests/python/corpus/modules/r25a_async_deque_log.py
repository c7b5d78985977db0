import asyncio
from collections import deque, defaultdict
from functools import partial

recent = deque(maxlen=3)
by_task = defaultdict(list)

async def tick(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        recent.append(f"{name}{i}")
        by_task[name].append(i)

async def main():
    t1 = asyncio.create_task(tick("a", 3, 0.2))
    t2 = asyncio.create_task(tick("b", 2, 0.5))
    t1.add_done_callback(partial(lambda label, t: print(label, t.get_name() != "", t.result()), "finished:"))
    await asyncio.gather(t1, t2)
    print(list(recent))
    print(dict(by_task))

asyncio.run(main())
