import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker sees:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel(msg="shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args)

asyncio.run(main())

async def main2():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    await t

asyncio.run(main2())
