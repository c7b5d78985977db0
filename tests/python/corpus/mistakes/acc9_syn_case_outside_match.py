# case without match.
import asyncio

command = "go"
case "go":
    print("going")
