# The main coroutine cancels itself and the CancelledError reaches the top.
import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel)
    print("waiting")
    await asyncio.sleep(0.5)
    print("never printed")

asyncio.run(main())
