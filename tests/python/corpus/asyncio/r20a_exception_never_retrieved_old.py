# Old loop style: a task failing, never retrieved, logged when the task is collected after close.
import asyncio


async def fails():
    raise RuntimeError('boom in task')


async def main(loop):
    loop.create_task(fails())
    await asyncio.sleep(0.05)
    print('main done')


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()
print('after close')
