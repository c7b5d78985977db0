# test_waitfor: test_wait_for_timeout_less_then_0_or_0_future_done / coroutine not done
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("done")
    print(await asyncio.wait_for(fut, 0))
    ran = False

    async def coro():
        nonlocal ran
        ran = True
        return "coro"

    for timeout in (0, -1):
        try:
            await asyncio.wait_for(coro(), timeout)
        except asyncio.TimeoutError:
            print("timeout", timeout, "-> TimeoutError, ran:", ran)
    print(await asyncio.wait_for(coro(), None))

asyncio.run(main())
