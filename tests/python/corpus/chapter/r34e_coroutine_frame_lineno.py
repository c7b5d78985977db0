# printing which line each sleeping worker is paused on, via cr_frame
import asyncio

async def worker(steps):
    for i in range(steps):
        await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    return steps

async def main():
    coros = [worker(n) for n in (1, 3)]
    tasks = [asyncio.create_task(c) for c in coros]
    await asyncio.sleep(0.15)
    for c in coros:
        f = c.cr_frame
        print(c.__name__, 'line', f.f_lineno, 'locals', sorted(f.f_locals), 'running', c.cr_running)
    print(await asyncio.gather(*tasks))
    print([c.cr_frame for c in coros])

asyncio.run(main())
