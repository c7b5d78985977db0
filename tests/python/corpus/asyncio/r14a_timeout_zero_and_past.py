# test_timeouts: timeout(0) and timeout_at in the past expire at the first await, not before
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for make in (lambda: asyncio.timeout(0), lambda: asyncio.timeout(-1),
                 lambda: asyncio.timeout_at(loop.time() - 10)):
        steps = []
        try:
            async with make() as cm:
                steps.append('entered')
                await asyncio.sleep(0)
                steps.append('after await')
        except TimeoutError:
            steps.append('TimeoutError')
        print(steps, cm.expired())

asyncio.run(main())
