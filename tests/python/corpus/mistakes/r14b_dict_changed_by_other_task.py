# Mistake: one task loops over a dict while another task adds to it between awaits (RuntimeError in the task).
import asyncio

scores = {'ann': 3, 'bob': 5}


async def reporter():
    for name in scores:
        print('reporting', name)
        await asyncio.sleep(0.1)


async def joiner():
    await asyncio.sleep(0.05)
    scores['cat'] = 4
    print('cat joined')


async def main():
    await asyncio.gather(reporter(), joiner())


asyncio.run(main())
