# test_queues: test_get_cancelled / test_get_cancelled_race
import asyncio

async def main():
    q = asyncio.Queue()

    async def queue_get():
        return await asyncio.wait_for(q.get(), 0.05)

    t1 = asyncio.create_task(queue_get())
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0.01)
    t1.cancel()
    q.put_nowait("a")
    await asyncio.sleep(0)
    print("t1 cancelled:", t1.cancelled())
    print("t2 got:", await t2)
    print("getters left:", len(q._getters))

asyncio.run(main())
