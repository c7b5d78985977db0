import asyncio

def async main():
    await asyncio.sleep(0)
    print("hi")

asyncio.run(main())
