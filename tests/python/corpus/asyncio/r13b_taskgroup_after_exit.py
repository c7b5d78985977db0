import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job())
    print(t.result())
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
    tg2 = asyncio.TaskGroup()
    coro = job()
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(main())
