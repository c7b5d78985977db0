import asyncio

def cb(fut):
    print('in done callback: current task is', asyncio.current_task())
    print('loop running:', asyncio.get_running_loop().is_running())

async def job():
    return 'x'

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(cb)
    await t
    await asyncio.sleep(0)
    print(asyncio.current_task().get_name())

asyncio.run(main())
