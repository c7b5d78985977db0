# timeout_at with a deadline from loop.time(); reschedule() pushes it back; reschedule after exit fails.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.2) as cm:
            await asyncio.sleep(0.05)
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(0.3)
            print('still inside after rescheduling')
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out; at least 0.5 s:', loop.time() - start >= 0.5)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
