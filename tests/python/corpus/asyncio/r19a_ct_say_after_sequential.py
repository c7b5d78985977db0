# docs "Coroutines": say_after awaited one after the other, then as tasks
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main_seq():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("started")
    await say_after(0.2, 'hello')
    await say_after(0.4, 'world')
    el = loop.time() - t0
    print(f"finished after {'0.4' if el < 0.6 else '0.6'}s (+{el >= 0.4 - 1e-6})")

async def main_tasks():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    task1 = asyncio.create_task(say_after(0.2, 'hello'))
    task2 = asyncio.create_task(say_after(0.4, 'world'))
    print("started")
    await task1
    await task2
    el = loop.time() - t0
    print(f"finished after {'0.4' if el < 0.6 else '0.6'}s (+{el >= 0.4 - 1e-6})")
    print(task1.result(), task2.result())

asyncio.run(main_seq())
asyncio.run(main_tasks())
