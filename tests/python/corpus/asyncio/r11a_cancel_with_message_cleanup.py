import asyncio


async def worker():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError as e:
        print("worker cancelled with args", e.args)
        raise
    finally:
        print("worker cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.035)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw:", repr(e))
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
