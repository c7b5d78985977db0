# except* with two types unparenthesized.
import asyncio

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError, TypeError:
    print("handled")
