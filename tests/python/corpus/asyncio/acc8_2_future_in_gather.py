# A plain Future in gather alongside coroutines; set by a call_later timer.
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 'work'

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, 'future')
    print(await asyncio.gather(work(), fut))
    print(fut.done(), fut.result())

asyncio.run(main())
