# Mistake: async lambda does not exist: a SyntaxError.
# (the whole file is compiled first: nothing runs)

import asyncio
f = async lambda: 1
