# The asyncio docs' "enable debug logging": with logging at DEBUG, each new
# loop logs its selector ("Using selector: EpollSelector"), and in debug
# mode its close() logs the loop; a level above DEBUG hides both.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s")


async def main():
    print("in main, debug:", asyncio.get_running_loop().get_debug())


asyncio.run(main())
asyncio.run(main(), debug=True)
with asyncio.Runner(debug=True) as runner:
    runner.run(main())
    print("ran")
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(main())
loop.close()
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main(), debug=True)
print("end")
