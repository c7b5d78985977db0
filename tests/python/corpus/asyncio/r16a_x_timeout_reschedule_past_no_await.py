# Rescheduling a timeout into the past fires it at the next await, not at the reschedule() call
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print('still running after reschedule, expired =', cm.expired())
            x = [i * i for i in range(5)]
            print('computed', x[-1])
            await asyncio.sleep(0)
            print('not printed')
    except TimeoutError:
        print('TimeoutError at the await, expired =', cm.expired())

asyncio.run(main())
