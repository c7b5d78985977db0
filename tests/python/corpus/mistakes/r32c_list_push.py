# A JavaScript habit: list.push and str.length.
stack = []
for word in "to be or not".split():
    stack.push(word)
print(stack)
