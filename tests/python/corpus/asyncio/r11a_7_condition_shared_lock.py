import asyncio


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    buf, cap = [], 2

    async def put(x):
        async with not_full:
            await not_full.wait_for(lambda: len(buf) < cap)
            buf.append(x)
            not_empty.notify()

    async def get():
        async with not_empty:
            await not_empty.wait_for(lambda: buf)
            x = buf.pop(0)
            not_full.notify()
            return x

    async def producer():
        for i in range(5):
            await put(i)
            print("put", i, "buf", buf)

    async def consumer():
        got = []
        for _ in range(5):
            got.append(await get())
            await asyncio.sleep(0)
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("got", got, "same lock:", not_empty._lock is not_full._lock is lock)


asyncio.run(main())
