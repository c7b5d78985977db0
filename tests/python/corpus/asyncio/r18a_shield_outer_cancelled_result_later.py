# shield: the waiter is cancelled, the shielded task finishes and its result is kept
import asyncio

async def save(data):
    await asyncio.sleep(0.2)
    print('saved', data)
    return len(data)

async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print('caller cancelled; task done?', task.done())
        raise

async def main():
    task = asyncio.create_task(save('abcdef'))
    c = asyncio.create_task(caller(task))
    await asyncio.sleep(0.05)
    c.cancel()
    await asyncio.sleep(0)
    print('caller cancelled:', c.cancelled(), 'task cancelled:', task.cancelled())
    print('task result:', await task)
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    print('shield of done future:', await asyncio.shield(done))
    print('shield of coroutine:', await asyncio.shield(save('xy')))

asyncio.run(main())
