# Several tasks await one Future; set_result wakes them in the order they started waiting.
import asyncio

async def waiter(fut, name):
    print(name, 'waiting')
    v = await fut
    print(name, 'got', v)

async def main():
    fut = asyncio.get_running_loop().create_future()
    ts = [asyncio.create_task(waiter(fut, n)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0)
    fut.set_result('go')
    await asyncio.gather(*ts)
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
