# Module-level run_until_complete(asyncio.wait([coroutines])) as older tutorials wrote it.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    print('job', n, 'done')
    return n


loop = asyncio.get_event_loop()
done, pending = loop.run_until_complete(asyncio.wait([job(2), job(1)]))
print(sorted(t.result() for t in done), len(pending))
loop.close()
