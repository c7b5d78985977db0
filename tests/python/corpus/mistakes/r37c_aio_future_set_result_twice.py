# resolving a future from two callbacks; the second one also sets a result
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "first")
    loop.call_soon(fut.set_result, "second")
    print(await fut)
    await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())
