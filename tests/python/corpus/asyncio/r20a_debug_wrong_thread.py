# Debug mode: call_soon from an executor thread (not threadsafe) raises RuntimeError in that thread.
import asyncio


def from_thread(loop):
    try:
        loop.call_soon(print, 'should not run')
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)
    return 'no error'


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, from_thread, loop))


asyncio.run(main(), debug=True)
