import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("started")
    await say_after(0.1, "hello")
    await say_after(0.2, "world")
    sequential = loop.time() - start
    print("sequential took at least 0.3 s:", sequential >= 0.3)
    start = loop.time()
    t1 = asyncio.create_task(say_after(0.1, "hello"))
    t2 = asyncio.create_task(say_after(0.2, "world"))
    await t1
    await t2
    concurrent = loop.time() - start
    print("concurrent at least 0.2 s:", concurrent >= 0.2)
    print("concurrent was faster:", concurrent < sequential)

asyncio.run(main())
