import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 1

async def main():
    coro = work()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    done, _ = await asyncio.wait([asyncio.create_task(work())])
    print([t.result() for t in done])

asyncio.run(main())
