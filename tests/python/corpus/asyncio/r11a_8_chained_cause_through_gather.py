import asyncio


class ServiceError(Exception):
    pass


async def call(service):
    try:
        await asyncio.sleep(0)
        raise TimeoutError(f"{service} did not answer")
    except TimeoutError as e:
        raise ServiceError(f"{service} unavailable") from e


async def main():
    await asyncio.gather(call("billing"), call("search"))


asyncio.run(main())
