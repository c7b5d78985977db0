# Awaiting a Future that belongs to a different event loop
import asyncio

other = asyncio.new_event_loop()
foreign = other.create_future()

async def main():
    try:
        await foreign
    except RuntimeError as e:
        print("RuntimeError:", "...got Future", str(e).split(" got Future ")[1])
    finally:
        other.close()

asyncio.run(main())
print("foreign done?", foreign.done())
