# Several coroutines wait on the same queue.join(); all wake when the last task_done arrives
import asyncio

async def waiter(name, q, log):
    await q.join()
    log.append(name)

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    log = []
    waiters = [asyncio.create_task(waiter(n, q, log)) for n in ("w1", "w2", "w3")]
    for _ in range(3):
        await q.get()
        await asyncio.sleep(0.01)
        q.task_done()
        print("task_done; joiners woken so far:", log)
    await asyncio.gather(*waiters)
    print("all woke:", log)
    await asyncio.wait_for(q.join(), 0.01)
    print("join on an idle queue returns at once")

asyncio.run(main())
