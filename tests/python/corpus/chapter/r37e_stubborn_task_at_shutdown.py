# a background task that refuses to be cancelled; asyncio.run waits for it at the end
import asyncio

async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('stubborn: ignoring cancel', attempt)
    print('stubborn: giving up after 3 tries')

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print('main: returning')

asyncio.run(main())
print('asyncio.run returned')
