# docs "Awaitables": calling nested() without await does nothing (and warns)
import asyncio

async def nested():
    return 42

async def main():
    nested()
    print(await nested())
    task = asyncio.create_task(nested())
    print(await task)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 'future value')
    print(await fut)
    print(await asyncio.gather(nested(), task, fut))

asyncio.run(main())
