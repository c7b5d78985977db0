# list has no push (JavaScript habit); CPython finds no close name
print("== attribute list push ==")
stack = []
stack.push(1)
print(stack)
