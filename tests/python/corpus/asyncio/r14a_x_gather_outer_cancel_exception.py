# test_tasks: a cancelled gather ends with CancelledError as its exception; awaiting it raises with the message
import asyncio

async def child():
    await asyncio.sleep(1)

async def main():
    g = asyncio.gather(child(), child())
    await asyncio.sleep(0)
    g.cancel('stop all')
    try:
        await g
    except asyncio.CancelledError as e:
        print('awaited:', type(e).__name__, e.args)
    print('done', g.done(), 'cancelled', g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('result():', e.args)

asyncio.run(main())
