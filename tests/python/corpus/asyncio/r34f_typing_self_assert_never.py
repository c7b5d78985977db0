# Python 3.11 typing in async code: Self for a fluent async builder, assert_never in a match.
import asyncio
from typing import Literal, Self, assert_never

Method = Literal["GET", "POST"]

class Request:
    def __init__(self):
        self.parts = []

    def header(self, k: str, v: str) -> Self:
        self.parts.append(f"{k}: {v}")
        return self

    async def send(self, method: Method) -> str:
        await asyncio.sleep(0)
        match method:
            case "GET":
                return f"GET with {len(self.parts)} headers"
            case "POST":
                return f"POST {self.parts}"
            case _:
                assert_never(method)

async def main():
    r = Request().header("Accept", "json").header("X-Id", "7")
    print(await r.send("GET"))
    print(await r.send("POST"))
    await r.send("DELETE")

asyncio.run(main())
