# Two gathered workers fail: only the first exception reaches main, the other is lost
import asyncio

async def divide(a, b, delay):
    await asyncio.sleep(delay)
    print(f"dividing {a} by {b}")
    return a / b

async def main():
    try:
        await asyncio.gather(divide(1, 1, 0.0), divide(2, 0, 0.1), divide(3, 0, 0.3))
    except ZeroDivisionError as e:
        print("caught:", e)
    await asyncio.sleep(0.4)
    print("end")

asyncio.run(main())
