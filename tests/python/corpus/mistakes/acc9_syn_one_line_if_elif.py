# if and elif on one line.
import asyncio

x = 3
if x > 2: print("big") elif x > 1: print("mid")
