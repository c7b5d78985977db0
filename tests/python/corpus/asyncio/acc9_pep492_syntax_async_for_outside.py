# 'async for' in a plain function: SyntaxError.
print('never printed')

class Counter:
    def __aiter__(self):
        return self

def consume(c):
    async for x in c:
        print(x)

consume(Counter())
