import asyncio

def main():
    print("hello from main")

asyncio.run(main())
