# Mistake: async lambda does not exist: a SyntaxError.
import asyncio
f = async lambda: 1
