# a Future from another loop awaited in asyncio.run: RuntimeError from the Task
import asyncio

other = asyncio.new_event_loop()
foreign = other.create_future()

async def main():
    try:
        await foreign
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(' got ')[1])
    f = asyncio.Future()
    print("Future() inside a run uses the running loop:", f.get_loop() is asyncio.get_running_loop())
    f2 = asyncio.Future(loop=other)
    print(f2.get_loop() is other)
    print("foreign still pending:", not foreign.done())

asyncio.run(main())
other.close()
