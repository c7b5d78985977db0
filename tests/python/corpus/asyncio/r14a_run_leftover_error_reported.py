# test_runners: a leftover task that raises while being cancelled is reported by the exception handler
import asyncio

async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError('cleanup failed')

async def main():
    asyncio.create_task(bad_cleanup(), name='cleaner')
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
print('after run')
