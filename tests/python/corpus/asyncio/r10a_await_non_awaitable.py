import asyncio

def compute():
    return 42

async def main():
    for thing in [compute(), None, 'text', [1], asyncio.sleep]:
        try:
            await thing
        except TypeError as e:
            print('TypeError:', e)
    print(await asyncio.sleep(0, result=compute()))

asyncio.run(main())
