# Mistake: a done callback defined inside main counts completions without "nonlocal" (UnboundLocalError logged by the loop).
import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    finished = 0

    def on_done(task):
        finished += 1
        print('finished', finished)

    tasks = [asyncio.create_task(worker(n)) for n in (1, 2)]
    for t in tasks:
        t.add_done_callback(on_done)
    await asyncio.gather(*tasks)
    print('main sees', finished)


asyncio.run(main())
