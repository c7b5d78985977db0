# A done callback that raises: the loop's default handler reports it and the others still run
import asyncio

def good(t):
    print("good callback sees", t.result())

def bad(t):
    raise KeyError(t.get_name())

async def job():
    await asyncio.sleep(0.01)
    return 5

async def main():
    t = asyncio.create_task(job(), name="the-job")
    t.add_done_callback(bad)
    t.add_done_callback(good)
    print(await t)
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
