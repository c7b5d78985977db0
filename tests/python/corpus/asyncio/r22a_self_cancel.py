# A task can cancel itself; the CancelledError comes at its next await.
import asyncio

async def quitter():
    me = asyncio.current_task()
    print('cancel self ->', me.cancel('self'))
    print('still running synchronously, cancelling =', me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('at the await:', e.args)
        raise

async def main():
    t = asyncio.create_task(quitter())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
# (end of the program)
