# Awaiting a future that belongs to another loop is refused.
import asyncio

other = asyncio.new_event_loop()

async def main():
    fut = other.create_future()
    try:
        await fut
    except RuntimeError as e:
        msg = str(e)
        print('RuntimeError ... got', msg.split(' got ')[1])
    print(fut.get_loop() is other, fut.done())

asyncio.run(main())
other.close()
print('other closed:', other.is_closed())
