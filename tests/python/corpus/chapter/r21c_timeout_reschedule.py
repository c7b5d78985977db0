# asyncio.timeout rescheduled to extend the deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.5)
            print('extended')
            await asyncio.sleep(0.3)
            print('finished after extension')
    except TimeoutError:
        print('still timed out')

asyncio.run(main())
