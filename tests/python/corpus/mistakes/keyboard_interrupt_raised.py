# A learner stops a worker by raising KeyboardInterrupt: nobody catches it,
# python3 prints the traceback and ends by SIGINT (not exit 130); the
# finally blocks on the way still run.
import asyncio


async def worker(n):
    try:
        for i in range(n):
            print("step", i)
            await asyncio.sleep(0.01)
            if i == 2:
                raise KeyboardInterrupt
    finally:
        print("worker cleaned up")


async def main():
    await worker(5)


asyncio.run(main())
print("never printed")
