# test_timeouts: test_timeout_taskgroup style -- a real cancel wins over the timeout
import asyncio

async def main():
    async def inner():
        async with asyncio.timeout(1):
            await asyncio.sleep(10)

    t = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError, not TimeoutError:", e.args)
    except TimeoutError:
        print("TimeoutError")
    print(t.cancelling())

asyncio.run(main())
