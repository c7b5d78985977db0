# A task cancelling itself is interrupted at its next await, not at the cancel() call
import asyncio

async def me():
    t = asyncio.current_task()
    print('cancel self:', t.cancel('self'))
    print('still running after cancel()')
    x = sum(range(10))
    print('computed', x)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('at await', e.args)
        raise

async def main():
    t = asyncio.create_task(me())
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())

asyncio.run(main())
