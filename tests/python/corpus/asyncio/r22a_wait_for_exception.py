# wait_for passes the inner exception through unchanged.
import asyncio

async def failing():
    await asyncio.sleep(0.01)
    raise ConnectionError('lost')

async def main():
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except ConnectionError as e:
        print('caught', repr(e))
    try:
        await asyncio.wait_for(failing(), timeout=0.001)
    except TimeoutError:
        print('timeout won')
    except ConnectionError:
        print('error won')

asyncio.run(main())
# (end of the program)
