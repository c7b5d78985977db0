import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)

async def main():
    t1 = asyncio.create_task(fail("first", 0.01))
    t2 = asyncio.create_task(fail("second", 0.02))
    await asyncio.sleep(0.05)
    print("tasks:", t1.done(), t2.done())

asyncio.run(main())
