import asyncio

async def work():
    print('work started')
    await asyncio.sleep(0.01)
    return 1

async def main():
    for timeout in (-1, -0.5, 0):
        try:
            r = await asyncio.wait_for(work(), timeout)
            print(timeout, 'result', r)
        except asyncio.TimeoutError as e:
            print(timeout, 'timeout', type(e).__name__)

asyncio.run(main())
