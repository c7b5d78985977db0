import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel(msg="shutting down")
    try:
        await t
    except asyncio.CancelledError as exc:
        print("args:", exc.args)
        print("str:", str(exc))
    t2 = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t2.cancel("first reason")
    await asyncio.sleep(0)
    try:
        t2.result()
    except asyncio.CancelledError as exc:
        print("result() raised with", repr(exc))
    try:
        t2.exception()
    except asyncio.CancelledError as exc:
        print("exception() raised with", repr(exc))
    t3 = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t3.cancel("the end")
    await t3

asyncio.run(main())
