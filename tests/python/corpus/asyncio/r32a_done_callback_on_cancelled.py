# A done callback calling result() on a cancelled task raises CancelledError in the callback
import asyncio

def report(fut):
    print("cancelled?", fut.cancelled())
    print(fut.result())

async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    t.add_done_callback(report)
    await asyncio.sleep(0)
    t.cancel("stop it")
    await asyncio.sleep(0.01)
    print("done:", t.done())

asyncio.run(main())
