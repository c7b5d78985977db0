# shield(): cancelling the task that awaits a shielded task leaves the shielded one running.
import asyncio

async def payment():
    await asyncio.sleep(0.2)
    print('payment committed')
    return 'receipt'

async def checkout(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print('checkout cancelled while waiting')
        raise

async def main():
    pay = asyncio.create_task(payment())
    buyer = asyncio.create_task(checkout(pay))
    await asyncio.sleep(0.05)
    buyer.cancel()
    await asyncio.sleep(0)
    print('buyer cancelled:', buyer.cancelled(), '| payment still running:', not pay.done())
    print('result:', await pay)
    done = asyncio.shield(pay)
    print('shield of a done task is the task itself:', done is pay)
    failing = asyncio.create_task(asyncio.sleep(0.05))
    failing.cancel()
    try:
        await asyncio.shield(failing)
    except asyncio.CancelledError:
        print('a cancelled inner task cancels the shield')

asyncio.run(main())
