# docs "wait_for" example: eternity() times out
import asyncio

async def eternity():
    try:
        await asyncio.sleep(3600)
        print('yay!')
    except asyncio.CancelledError:
        print('eternity cancelled')
        raise

async def quick():
    await asyncio.sleep(0.1)
    return 'quick'

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=0.3)
    except TimeoutError:
        print('timeout!')
    except asyncio.TimeoutError:
        print('never here')
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=None))
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except TimeoutError as e:
        print('timeout=0:', repr(e))
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
