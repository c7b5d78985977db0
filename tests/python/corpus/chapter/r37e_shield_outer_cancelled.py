# shield the important save while the caller is cancelled by a timeout
import asyncio

async def save(data, log):
    await asyncio.sleep(0.2)
    log.append(f'saved {data}')
    return 'ok'

async def main():
    log = []
    inner = asyncio.create_task(save('report', log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except asyncio.TimeoutError:
        print('caller timed out; inner cancelled?', inner.cancelled())
    print('still saving... done?', inner.done())
    print('finally:', await inner, log)

asyncio.run(main())
