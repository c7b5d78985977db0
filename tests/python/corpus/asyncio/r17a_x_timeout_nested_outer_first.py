# nested timeouts: the outer one expires first, so only the outer raises TimeoutError
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print('inner caught (wrong)')
            finally:
                print('inner expired:', inner.expired())
    except TimeoutError:
        print('outer expired:', outer.expired())

asyncio.run(main())
