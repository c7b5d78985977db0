# Nested timeouts: the inner one rescheduled past the outer, so the outer fires and is the one reported
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.05) as inner:
                    inner.reschedule(loop.time() + 1)
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner reported the timeout")
                raise
            finally:
                print("inner expired:", inner.expired())
    except TimeoutError:
        print("outer expired:", outer.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
