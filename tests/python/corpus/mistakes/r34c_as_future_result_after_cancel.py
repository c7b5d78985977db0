# Setting the result of a future that a timeout already cancelled
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out; cancelled?", fut.cancelled())
    fut.set_result("late answer")

asyncio.run(main())
