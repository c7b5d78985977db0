# Asking a Future for its result before it is set.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "ready")
    print(fut.done())
    print(fut.result())

asyncio.run(main())
