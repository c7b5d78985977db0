# a task cancelled before its first step never runs its body
import asyncio

ran = []

async def body():
    ran.append('body')
    try:
        await asyncio.sleep(1)
    finally:
        ran.append('finally')

async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, ran =', ran)
    t2 = asyncio.create_task(body())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print('second ran =', ran)

asyncio.run(main())
