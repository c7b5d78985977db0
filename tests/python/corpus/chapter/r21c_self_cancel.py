# The main task cancels itself and catches it.
import asyncio

async def main():
    me = asyncio.current_task()
    me.cancel()
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print('caught my own cancel')
    await asyncio.sleep(0.1)
    return 'survived'

print(asyncio.run(main()))
