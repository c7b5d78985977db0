# Using = instead of == inside an if condition
answer = 42
guess = 41
if guess = answer:
    print('right')
print('done')
