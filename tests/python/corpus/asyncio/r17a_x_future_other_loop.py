# awaiting a future made for another loop fails with a clear error
import asyncio

other = asyncio.new_event_loop()
fut = other.create_future()

async def main():
    try:
        await fut
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' at ')[0])

asyncio.run(main())
other.close()
