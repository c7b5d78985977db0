# test_runners: an async generator still open when main returns is closed by asyncio.run's shutdown
import asyncio
async def ticker():
    try:
        while True:
            yield
            await asyncio.sleep(0.01)
    finally:
        print('ticker closing')
async def main():
    t = ticker()
    await anext(t)
    await anext(t)
    print('main leaves ticker open')
    global keep
    keep = t
asyncio.run(main())
print('done')
