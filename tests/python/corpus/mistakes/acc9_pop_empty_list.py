# pop() from a list emptied by a loop.
print("start")

stack = [1, 2]
while True:
    print(stack.pop())
