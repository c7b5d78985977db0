# test_queue.c: a_bounded_queue_makes_the_producer_wait_and_join_waits_for_task_done
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - T0:.1f}"


async def consumer(q):
    while True:
        item = await q.get()
        print(f"got {item} at {now()}")
        await asyncio.sleep(0.1)
        q.task_done()


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    q = asyncio.Queue(2)
    c = asyncio.create_task(consumer(q))
    for i in range(5):
        await q.put(i)
        print(f"put {i} at {now()}, size {q.qsize()}, full {q.full()}")
    await q.join()
    print(f"joined at {now()}, empty {q.empty()}, maxsize {q.maxsize}")
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    await q.join()
    print("join on a finished queue does not wait")


asyncio.run(main())
