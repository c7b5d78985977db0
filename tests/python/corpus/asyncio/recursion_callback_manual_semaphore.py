import asyncio

async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

async def main():
    print(len(str(await fact(400))))
    t = asyncio.create_task(fact(10))
    t.add_done_callback(lambda task: print("callback got", task.result()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    print("locked", sem.locked())
    sem.release()
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.1)
    except asyncio.TimeoutError:
        print("queue get timed out")
    print(await fact(990 - 12))

asyncio.run(main())
