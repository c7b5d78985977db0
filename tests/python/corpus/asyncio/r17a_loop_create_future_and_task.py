# loop.create_task and loop.create_future are bound to that loop
import asyncio

async def add(a, b):
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(add(1, 2), name='adder')
    f = loop.create_future()
    print(t.get_loop() is loop, f.get_loop() is loop)
    print(t.get_name(), await t)
    loop.call_soon(f.set_result, 'from callback')
    print(await f)
    print(asyncio.get_event_loop() is loop)

asyncio.run(main())
