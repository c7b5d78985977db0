# asyncio.run inside a running loop raises RuntimeError and the coroutine given to it is never awaited.
import asyncio

async def inner():
    return 'inner'

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print('RuntimeError:', e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print('run_until_complete ->', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('run_forever ->', e)
    return 'main done'

print(asyncio.run(main()))
