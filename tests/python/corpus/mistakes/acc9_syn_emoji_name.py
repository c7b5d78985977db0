# An emoji as a variable name.
import asyncio

🐍 = "python"
print(🐍)
