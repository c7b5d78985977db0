# as_completed with futures already finished yields them first
import asyncio

async def slow():
    await asyncio.sleep(0.1)
    return 'slow'

async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result('ready')
    out = []
    for fut in asyncio.as_completed([asyncio.create_task(slow()), ready]):
        out.append(await fut)
    print(out)

asyncio.run(main())
