# Nested timeouts where the outer one is shorter: only the outer context sees TimeoutError
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(1.0) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner caught it (wrong)")
            finally:
                print("inner expired:", inner.expired())
    except TimeoutError:
        print("outer caught it, expired:", outer.expired())


asyncio.run(main())
