# list has no push (JavaScript habit); CPython finds no close name
stack = []
stack.push(1)
print(stack)
