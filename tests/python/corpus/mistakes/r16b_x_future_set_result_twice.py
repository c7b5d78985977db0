# A Future given its result by call_later, then set again: InvalidStateError
import asyncio
async def main():
    loop = asyncio.get_event_loop()
    print(loop.is_running())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 5)
    print(await fut)
    fut.set_result(6)
asyncio.run(main())
