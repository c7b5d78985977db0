# reschedule() into the past fires at the next loop iteration; reschedule() further out keeps the block going.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.timeout(10) as cm:
            loop.call_soon(log.append, 'callback ran')
            cm.reschedule(loop.time() - 1)
            log.append('rescheduled')
            await asyncio.sleep(0)
            log.append('after sleep(0)?')
            await asyncio.sleep(1)
    except TimeoutError:
        log.append('TimeoutError')
    print(log)
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 0.2)
        await asyncio.sleep(0.05)
        print('still inside after 0.05 s; expired:', cm.expired())
    print('left cleanly')

asyncio.run(main())
