# Printing the stack from inside a done callback and a call_soon callback.
import asyncio
import traceback

def show(label, *args):
    print(label)
    traceback.print_stack(limit=3)

async def job():
    await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda _t: show("done callback"))
    asyncio.get_running_loop().call_soon(show, "call_soon")
    await t
    await asyncio.sleep(0.01)

asyncio.run(main())
