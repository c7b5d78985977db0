# Timeout.when(): None for timeout(None), a loop time otherwise; expired() before and after.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print('when None:', cm.when())
    async with asyncio.timeout(10) as cm:
        print('when about now+10:', round(cm.when() - loop.time()))
        print('expired inside:', cm.expired())
    async with asyncio.timeout_at(loop.time() + 5) as cm:
        cm.reschedule(None)
        print('rescheduled to None:', cm.when())

asyncio.run(main())
