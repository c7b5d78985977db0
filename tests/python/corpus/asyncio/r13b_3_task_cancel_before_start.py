import asyncio

async def never_runs():
    print("this should not print")

async def main():
    t = asyncio.create_task(never_runs())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it started:", t.cancelled())
    coro = t.get_coro()
    print(coro.cr_frame is None, coro.cr_running)

asyncio.run(main())
