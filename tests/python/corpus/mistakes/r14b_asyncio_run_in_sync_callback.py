# Mistake: a done callback starts another coroutine with asyncio.run while the loop is running.
import asyncio


async def save(value):
    await asyncio.sleep(0)
    print('saved', value)


def on_done(task):
    asyncio.run(save(task.result()))


async def worker():
    await asyncio.sleep(0.01)
    return 42


async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(0)
    print('main - done')


asyncio.run(main())
