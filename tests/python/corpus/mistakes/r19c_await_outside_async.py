# await used in a plain def function
import asyncio

def main():
    print("start")
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
