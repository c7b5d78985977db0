# A background task left pending when a manual loop closes is reported as destroyed at exit
import asyncio
async def background():
    while True:
        await asyncio.sleep(1)
async def main():
    asyncio.ensure_future(background())
    await asyncio.sleep(0.01)
    print('main done')
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('closing')
loop.close()
print('bye')
