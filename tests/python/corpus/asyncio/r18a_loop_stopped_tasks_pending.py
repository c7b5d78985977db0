# a hand-made loop stopped from inside a task and closed with two tasks still pending
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print('child: finally')

async def main():
    global t
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0)
    print('main: never resumed')

loop = asyncio.new_event_loop()
loop.create_task(main())
loop.run_forever()
loop.close()
print('closed; child done:', t.done())
del loop
print('end of program')
