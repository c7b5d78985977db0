# Misspelt a string method name.
title = "the art of asyncio"
print(title.upper())
print(title.captalize())
