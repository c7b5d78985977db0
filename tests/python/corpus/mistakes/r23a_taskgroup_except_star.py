import asyncio

async def parse(s):
    await asyncio.sleep(0)
    return int(s)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(parse(s)) for s in ["1", "x", "y"]]
    except* ValueError as eg:
        for e in eg.exceptions:
            print("bad:", e)
    print([t.result() for t in tasks if not t.cancelled() and t.exception() is None])

asyncio.run(main())
