# cancel(msg) delivers the message to the CancelledError inside the task and outside it
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('inside:', e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel returned', t.cancel('stop now'))
    print('second cancel returned', t.cancel('again'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('outside:', e.args)
    print('cancel after done', t.cancel())
    print(t.cancelled(), t.done())

asyncio.run(main())
