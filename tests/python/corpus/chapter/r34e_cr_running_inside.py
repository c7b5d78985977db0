# cr_running of a coroutine checked from inside itself and from outside
import asyncio

async def worker(holder):
    me = holder[0]
    print('inside, running:', me.cr_running)
    await asyncio.sleep(0.05)
    print('inside again, running:', me.cr_running)
    return 'done'

async def main():
    holder = []
    coro = worker(holder)
    holder.append(coro)
    t = asyncio.create_task(coro)
    await asyncio.sleep(0.01)
    print('outside while it sleeps, running:', coro.cr_running, 'suspended frame?', coro.cr_frame is not None)
    print(await t)

asyncio.run(main())
