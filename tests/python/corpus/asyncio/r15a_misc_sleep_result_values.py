# sleep(delay, result) returns its result; a Future used as an awaitable flag
import asyncio

async def main():
    value = await asyncio.sleep(0.05, result="woke up")
    print(value)
    print(await asyncio.sleep(0))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.05, fut.set_result, {"ok": True})
    print(await fut, fut.done())
    print(await asyncio.gather(asyncio.sleep(0.01, 1), asyncio.sleep(0.02, 2)))

asyncio.run(main())
