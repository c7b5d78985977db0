# JavaScript habit: push onto a list.
stack = []
for token in "3 4 +".split():
    if token.isdigit():
        stack.push(int(token))
print(stack)
