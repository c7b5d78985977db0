# asyncio.timeout() entered outside a task is refused; entered twice is refused
import asyncio

async def main():
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('twice:', e)

asyncio.run(main())

cm = asyncio.timeout(1)
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(cm.__aenter__())
except RuntimeError as e:
    print('outside task:', e)
finally:
    loop.close()
