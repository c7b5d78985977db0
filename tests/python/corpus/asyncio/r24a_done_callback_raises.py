import asyncio

def bad_callback(fut):
    print("callback running for", fut.get_name())
    raise RuntimeError("callback exploded")

def good_callback(fut):
    print("second callback still runs, result =", fut.result())

async def work():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    t = asyncio.create_task(work(), name="worker-1")
    t.add_done_callback(bad_callback)
    t.add_done_callback(good_callback)
    await t
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
