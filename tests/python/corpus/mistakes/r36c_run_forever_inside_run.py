# keeping the server alive with run_forever inside main
import asyncio

async def serve():
    print("serving")
    await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    loop.create_task(serve())
    loop.run_forever()

asyncio.run(main())
