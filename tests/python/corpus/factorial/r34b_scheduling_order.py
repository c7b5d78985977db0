# In what order do things happen? Tasks, call_soon callbacks, done callbacks and sleep(0).
import asyncio


async def factorial(name, n):
    print(f"{name}: start")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
        print(f"{name}: step {i}")
    return r


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(factorial("A", 3))
    b = asyncio.create_task(factorial("B", 2))
    loop.call_soon(print, "call_soon 1")
    a.add_done_callback(lambda t: print("A done ->", t.result()))
    print("main: tasks created")
    await asyncio.sleep(0)
    print("main: after first sleep(0)")
    loop.call_soon(print, "call_soon 2")
    print("main: gather ->", await asyncio.gather(a, b))


asyncio.run(main())
