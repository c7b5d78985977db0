import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)

async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    try:
        await asyncio.wait_for(consumer(q), timeout=0.05)
    except TimeoutError:
        print("consumer timed out; queue empty:", q.empty(), "getters:", len(q._getters))
    q.put_nowait(99)
    print(await q.get())

asyncio.run(main())
