# Awaiting inside an except block and raising there chains the exceptions across tasks
import asyncio


async def notify(err):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"could not report {err!r}")


async def job():
    try:
        {}["token"]
    except KeyError as e:
        await notify(e)


async def main():
    t = asyncio.create_task(job())
    try:
        await t
    except ConnectionError as e:
        print("got:", e)
        print("context:", repr(e.__context__), "suppress:", e.__suppress_context__)
    await job()


asyncio.run(main())
