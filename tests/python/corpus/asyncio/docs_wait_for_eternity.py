import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')
    try:
        await asyncio.wait_for(eternity(), timeout=0.5)
    except asyncio.TimeoutError as e:
        print('again', type(e).__name__, repr(e), e.__cause__.__class__.__name__)

asyncio.run(main())
