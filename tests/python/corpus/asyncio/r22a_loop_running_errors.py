# A running loop cannot be run again or closed from inside.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('running:', loop.is_running())
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
# (end of the program)
