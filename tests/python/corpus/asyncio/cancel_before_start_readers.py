# cancel(msg) before a task starts: the first reader gets CancelledError(msg) raised in the coroutine, later ones a new one
import asyncio
async def job():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(job())
    t.cancel('why')
    try:
        await t
    except asyncio.CancelledError as e:
        print('first', repr(e), e.__traceback__.tb_next is not None)
    try:
        await t
    except asyncio.CancelledError as e:
        print('second', repr(e))
    t2 = asyncio.create_task(job())
    t2.cancel()
    await asyncio.sleep(0)
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print('result', repr(e))
    await t2
asyncio.run(main())
