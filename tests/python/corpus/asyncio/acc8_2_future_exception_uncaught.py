# Awaiting a future whose exception was set: it is raised at the await, and uncaught it ends the program.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, ConnectionResetError('peer went away'))
    print('awaiting')
    await fut

asyncio.run(main())
