import asynio

async def main():
    print("hi")

asynio.run(main())
