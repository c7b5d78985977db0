# Two nested asyncio.timeout() blocks with the same delay: which one turns the cancellation into TimeoutError?
import asyncio

async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.05) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner raised TimeoutError')
            except asyncio.CancelledError:
                print('inner let CancelledError through; cancelling =', task.cancelling())
                raise
            print('after inner block')
    except TimeoutError:
        print('outer raised TimeoutError')
    print('inner expired:', inner.expired(), 'outer expired:', outer.expired())
    print('cancelling:', task.cancelling())

asyncio.run(main())
