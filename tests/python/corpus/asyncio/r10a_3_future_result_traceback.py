import asyncio

def fail_later(fut):
    try:
        {}['missing']
    except KeyError as e:
        fut.set_exception(e)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fail_later, fut)
    await fut

asyncio.run(main())
